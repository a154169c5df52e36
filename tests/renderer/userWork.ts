import type { Work } from '../../src/core/bibliography/model';

/** A book the user keyed in, `key` its citation key, for renderer tests of long libraries. */
export function userBook(key: string, title: string, family: string): Work {
  return {
    citationKey: key,
    csl: { id: key, type: 'book', title, author: [{ family }] },
    provenance: { kind: 'user' },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: [],
  };
}
