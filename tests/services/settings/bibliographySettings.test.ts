// SettingsService: the bibliography's columns, widths and sort, and the saved filters, kept in
// settings.json (v3, migrated from v2) across reopening.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, SettingsService } from '../../../src/services/settings';
import { MemoryStorage, SETTINGS_FILE, UserDataStore } from '../../../src/store';

async function open(storage = new MemoryStorage()) {
  const store = await UserDataStore.openInMemory({ storage });
  return { storage, settings: await SettingsService.open(store.settings) };
}

const QUERY = {
  text: 'migration',
  types: ['book'],
  tags: ['to read'],
  yearFrom: 2000,
  yearTo: 2010,
};

describe('SettingsService: the bibliography layout', () => {
  it('answers the default layout until the user changes it', async () => {
    const { settings } = await open();
    expect(settings.getBibliographyLayout()).toEqual(DEFAULT_LAYOUT);
  });

  it('keeps the columns, widths and sort across reopening, always with the title column', async () => {
    const { storage, settings } = await open();
    await settings.setBibliographyLayout({ columns: ['type', 'tags', 'key'] });
    await settings.setBibliographyLayout({ widths: { tags: 180, type: 10 } });
    const kept = await settings.setBibliographyLayout({
      sort: { key: 'added', direction: 'descending' },
    });
    expect(kept).toEqual({
      columns: ['title', 'type', 'tags', 'key'],
      widths: { tags: 180, type: 40 },
      sort: { key: 'added', direction: 'descending' },
    });
    const reopened = await open(storage);
    expect(reopened.settings.getBibliographyLayout()).toEqual(kept);
  });

  it('drops columns it does not know from a file (another version’s) instead of refusing it', async () => {
    const storage = new MemoryStorage();
    storage.setRaw(
      SETTINGS_FILE,
      JSON.stringify({
        schemaVersion: 3,
        kind: 'settings',
        readingPositions: {},
        bibliography: {
          columns: ['year', 'colour', 'year', 'title'],
          widths: { colour: 90, year: 70 },
          sort: { key: 'colour', direction: 'ascending' },
        },
        savedFilters: [],
      }),
    );
    expect((await open(storage)).settings.getBibliographyLayout()).toEqual({
      columns: ['year', 'title'],
      widths: { year: 70 },
      sort: DEFAULT_LAYOUT.sort,
    });
  });

  it('migrates a v2 file: its reading positions kept, the default layout, no saved filter', async () => {
    const storage = new MemoryStorage();
    const position = { blockId: 'b3', fraction: 0.5, offset: 9, savedAt: '2026-01-01T00:00:00Z' };
    storage.setRaw(
      SETTINGS_FILE,
      JSON.stringify({ schemaVersion: 2, kind: 'settings', readingPositions: { doc: position } }),
    );
    const { settings } = await open(storage);
    expect(settings.getReadingPosition('doc')).toEqual(position);
    expect(settings.getBibliographyLayout()).toEqual(DEFAULT_LAYOUT);
    expect(settings.listSavedFilters()).toEqual([]);
    await settings.saveFilter({ name: 'Books', query: QUERY });
    expect(JSON.parse(storage.getRaw(SETTINGS_FILE)!)).toMatchObject({
      schemaVersion: 3,
      readingPositions: { doc: position },
      savedFilters: [{ name: 'Books' }],
    });
  });
});

describe('SettingsService: saved filters', () => {
  it('creates, renames and deletes a filter, and brings a deleted one back', async () => {
    const { storage, settings } = await open();
    const when = new Date('2026-02-03T04:05:06Z');
    const made = await settings.saveFilter({ name: '  Books   to read ', query: QUERY }, when);
    expect(made).toMatchObject({ name: 'Books to read', query: QUERY });
    expect(made.createdAt).toBe('2026-02-03T04:05:06.000Z');
    const renamed = await settings.saveFilter({ id: made.id, name: 'Shelf', query: made.query });
    expect(renamed).toEqual({ ...made, name: 'Shelf' });
    expect((await open(storage)).settings.listSavedFilters()).toEqual([renamed]);

    const other = await settings.saveFilter({ name: 'Other', query: QUERY });
    const deleted = await settings.deleteSavedFilter(made.id);
    expect(settings.listSavedFilters()).toEqual([other]);
    expect((await open(storage)).settings.listSavedFilters()).toEqual([other]);
    // Undone: back in its place, with the date it was made.
    await settings.saveFilter({ id: deleted.id, name: deleted.name, query: deleted.query });
    expect((await open(storage)).settings.listSavedFilters()).toEqual([renamed, other]);
  });

  it('refuses an empty or taken name and a backwards year range, saying why, writing nothing', async () => {
    const { storage, settings } = await open();
    await settings.saveFilter({ name: 'Books', query: QUERY });
    const before = storage.getRaw(SETTINGS_FILE);
    await expect(settings.saveFilter({ name: '  ', query: QUERY })).rejects.toThrow(
      'Give the saved filter a name.',
    );
    await expect(settings.saveFilter({ name: 'books', query: QUERY })).rejects.toThrow(
      /named “books” exists already/,
    );
    await expect(
      settings.saveFilter({ name: 'Odd', query: { ...QUERY, yearFrom: 2010, yearTo: 2000 } }),
    ).rejects.toThrow('The year range 2010–2000 ends before it starts.');
    await expect(settings.deleteSavedFilter('f-nothing')).rejects.toThrow(/No saved filter/);
    expect(storage.getRaw(SETTINGS_FILE)).toBe(before);
    expect(settings.listSavedFilters()).toHaveLength(1);
  });
});
