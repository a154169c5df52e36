// Collection.readEach: every file read into the store's cache, one store operation per file, so
// that what is asked meanwhile (the first screen's requests at start) is answered in between.
import { describe, expect, it } from 'vitest';
import { UserDataStore } from '../../src/store';

describe('Collection.readEach', () => {
  it('lets an operation asked while it reads run before it has read every file', async () => {
    const store = await UserDataStore.openInMemory();
    try {
      const order: string[] = [];
      const each = store.notes.readEach().then(() => order.push('every notes file'));
      const asked = store.documentRecords.all().then(() => order.push('the request'));
      await Promise.all([each, asked]);
      expect(order).toEqual(['the request', 'every notes file']);
      // Reading them all in one operation (what start did before) answers the request last.
      order.length = 0;
      const all = store.notes.all().then(() => order.push('every notes file'));
      const later = store.documentRecords.all().then(() => order.push('the request'));
      await Promise.all([all, later]);
      expect(order).toEqual(['every notes file', 'the request']);
    } finally {
      await store.close();
    }
  });

  it('leaves every file in the store’s cache', async () => {
    const store = await UserDataStore.openInMemory();
    try {
      await store.notes.readEach();
      expect(store.notes.paths().every((path) => store.documents.holds(path))).toBe(true);
    } finally {
      await store.close();
    }
  });
});
