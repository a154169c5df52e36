// The notes' query cache key: the readying of the Claims view and the view itself build the same
// query with its fields in different orders, and must meet in one cache entry.
import { describe, expect, it } from 'vitest';
import { noteQueryKey } from '../../src/renderer/api/notes';

describe('noteQueryKey', () => {
  it('is the same whatever order the query names its fields in', () => {
    expect(noteQueryKey({ claimId: 'c1', documentId: 'd1' })).toBe(
      noteQueryKey({ documentId: 'd1', claimId: 'c1' }),
    );
  });

  it('tells different queries apart', () => {
    expect(noteQueryKey({ claimId: 'c1', documentId: 'd1' })).not.toBe(
      noteQueryKey({ claimId: 'c1' }),
    );
    expect(noteQueryKey({ claimId: 'c1' })).not.toBe(noteQueryKey({ claimId: 'c2' }));
  });
});
