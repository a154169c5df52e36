/** Settings methods: each document's reading position, the bibliography's layout, saved filters. */
import type { SettingsOutputs } from '../../shared/contract';
import type { SettingsService } from '../../services/settings';
import type { HandlersOf } from './types';

/** Binds the settings methods to a SettingsService. */
export function settingsHandlers(settings: SettingsService): HandlersOf<keyof SettingsOutputs> {
  return {
    getReadingPosition: async ({ documentId }) => settings.getReadingPosition(documentId),
    setReadingPosition: async ({ documentId, ...position }) =>
      settings.setReadingPosition(documentId, position),
    getBibliographyLayout: async () => settings.getBibliographyLayout(),
    setBibliographyLayout: async (change) => settings.setBibliographyLayout(change),
    listSavedFilters: async () => settings.listSavedFilters(),
    saveFilter: async (input) => settings.saveFilter(input),
    deleteSavedFilter: async ({ id }) => settings.deleteSavedFilter(id),
  };
}
