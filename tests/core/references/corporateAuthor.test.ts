// A corporate author printed before the date ("European Commission (2011) …") is the entry's
// author in its CSL-JSON, so the work made from it is labelled by it, not "Anonymous".
import { describe, expect, it } from 'vitest';
import { analyseReferencesAndCitations } from '../../../src/core/references';
import { withPrintedCorporateAuthor } from '../../../src/core/references/corporateAuthor';
import { workLabel } from '../../../src/core/bibliography';
import type { Work } from '../../../src/core/bibliography/model';

const paper = (body: string, entries: string[]): string =>
  `${body}\n\n## References\n\n${entries.join('\n\n')}\n`;

const asWork = (csl: Work['csl']): Work => ({
  citationKey: 'w',
  aliases: [],
  citedAs: [],
  confidence: null,
  provenance: { kind: 'reference-list' },
  tags: [],
  csl,
});

describe('corporate authors of reference-list entries', () => {
  it('keeps “European Commission (2011) Title.” as the author, not as a container', () => {
    const a = analyseReferencesAndCitations(
      paper('The Commission set out its approach (European Commission, 2011).', [
        'European Commission (2011) The Global Approach to Migration and Mobility. Brussels: European Commission.',
      ]),
    );
    const csl = a.references[0]!.csl;
    expect(csl.author).toEqual([{ literal: 'European Commission' }]);
    expect(csl['container-title']).toBeUndefined();
    expect(csl.type).toBe('book');
    expect(csl.publisher).toBe('European Commission');
    expect(a.citations[0]?.referenceId).toBe(a.references[0]!.id);
    expect(workLabel(asWork(csl))).toBe('European Commission 2011');
  });

  it('leaves an entry with authors, or with no body before its date, as the parser read it', () => {
    const people = {
      id: '',
      type: 'book',
      author: [{ family: 'Betts', given: 'A.' }],
    } satisfies Work['csl'];
    expect(withPrintedCorporateAuthor(people, 'Betts, A. (2009). Forced migration.')).toBe(people);
    const untitled = { id: '', type: 'article-journal', 'container-title': 'Science' };
    expect(withPrintedCorporateAuthor(untitled, 'Science, 2011, 331, 1040.')).toBe(untitled);
  });
});
