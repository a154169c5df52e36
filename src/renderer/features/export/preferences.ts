// The user's export and citation choices, remembered between sessions (the renderer's local
// storage; losing them only resets the dialogs to their defaults).
import { useSyncExternalStore } from 'react';
import type {
  BibliographyOutput,
  CitationForm,
  ExportFormatId,
  LocaleIdInput,
  StyleId,
} from '../../../shared/contract';
import {
  EXPORT_FORMAT_IDS,
  LOCALE_IDS,
  OUTPUT_FORMAT_IDS,
  STYLE_IDS,
} from '../../../core/formats/registry';

export interface ExportPreferences {
  format: ExportFormatId;
  style: StyleId;
  /** 'default': the style's own locale. */
  locale: LocaleIdInput | 'default';
  output: BibliographyOutput;
  citationForm: CitationForm;
  citationStyle: StyleId;
}

const KEY = 'scholion.exportPreferences';

export const DEFAULT_PREFERENCES: ExportPreferences = {
  format: 'bibtex',
  style: 'apa',
  locale: 'default',
  output: 'text',
  citationForm: 'pandoc',
  citationStyle: 'chicago-author-date',
};

const ALLOWED: { [K in keyof ExportPreferences]: readonly ExportPreferences[K][] } = {
  format: [...EXPORT_FORMAT_IDS, 'bibliography'],
  style: STYLE_IDS,
  locale: ['default', ...LOCALE_IDS],
  output: OUTPUT_FORMAT_IDS,
  citationForm: ['pandoc', 'latex-parencite', 'latex-citep', 'in-text'],
  citationStyle: STYLE_IDS,
};

function read(): ExportPreferences {
  const prefs = { ...DEFAULT_PREFERENCES };
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (raw && typeof raw === 'object') {
      for (const name of Object.keys(ALLOWED) as (keyof ExportPreferences)[]) {
        const value = (raw as Record<string, unknown>)[name];
        if ((ALLOWED[name] as readonly unknown[]).includes(value))
          (prefs as Record<string, unknown>)[name] = value;
      }
    }
  } catch {
    // Unreadable or unavailable storage: the defaults.
  }
  return prefs;
}

let current: ExportPreferences | null = null;
const listeners = new Set<() => void>();

function snapshot(): ExportPreferences {
  return (current ??= read());
}

/** Remembers some choices. */
export function savePreferences(change: Partial<ExportPreferences>): void {
  current = { ...snapshot(), ...change };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Kept for this session only.
  }
  listeners.forEach((listener) => listener());
}

/** The remembered choices, re-rendering when they change. */
export function useExportPreferences(): ExportPreferences {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, snapshot);
}
