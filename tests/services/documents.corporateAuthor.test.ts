// A Markdown paper whose reference list names an organisation as author: the work made from the
// entry, and so the citation card, carry the organisation ("European Commission 2011"), not
// "Anonymous 2011".
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../src/services/documents';
import { LibraryService } from '../../src/services/library';
import { UserDataStore } from '../../src/store';

const library = await LibraryService.open();

const paper = `# Partnerships in Migration Policy

Ana Ortiz

## Introduction

The Commission set out its approach to mobility (European Commission, 2011). Others
followed it closely (Betts, 2009).

## References

Betts, A. (2009). Forced migration and global politics. Oxford: Wiley-Blackwell.

European Commission (2011) The Global Approach to Migration and Mobility. Brussels: European Commission.
`;

describe('a paper citing an organisation', () => {
  it('makes the entry a work by the organisation, shown as such on the citation’s card', async () => {
    const store = await UserDataStore.openInMemory();
    const documents = new DocumentService(store, library);
    const { document } = await documents.add({
      fileName: 'partnerships.md',
      bytes: new TextEncoder().encode(paper),
    });
    const view = await documents.get(document.id);
    const citation = view.citations.find((c) => c.raw.startsWith('European Commission'));
    expect(citation?.workId).toBeTruthy();
    const stored = await store.works.all();
    const work = stored.find((w) => w.citationKey === citation!.workId);
    expect(work?.csl.author).toEqual([{ literal: 'European Commission' }]);
    // What the card shows of the work (getWork answers the card's reference).
    const detail = library.getWork(citation!.workId!, stored);
    expect(detail.label).toBe('European Commission 2011');
    expect(detail.authorsShort).toBe('European Commission');
  });
});
