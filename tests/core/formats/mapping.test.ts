/**
 * Scholion's BibLaTeX -> CSL mapping (bibtex/mapping.ts) against citation-js's own: the same
 * items, key for key and in the same key order, and the same failures, on random field sets and
 * on every entry of the .bib files at hand.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BIB_LABEL,
  BIB_TYPE,
  biblatexMapping,
  biblatexTypeMap,
  inheritCrossref,
} from '../../../src/core/formats/citationJs';
import { decodeField } from '../../../src/core/formats/bibtex/decode';
import { biblatexToCsl } from '../../../src/core/formats/bibtex/mapping';
import { scanBib } from '../../../src/core/formats/bibtex/scan';
import { biblatexExamplesPath, fixture } from '../../fixtures/works';

/** Both mappings' results (or error messages) as JSON text, so key order counts too. */
function both(f: Record<string, unknown>, type: string, label: string): [string, string] {
  const ours = attempt(() => biblatexToCsl(f, Object.keys(f), type, label));
  const theirs = attempt(() =>
    biblatexMapping.convertToTarget({ ...f, [BIB_TYPE]: type, [BIB_LABEL]: label }),
  );
  return [ours, theirs];
}

function attempt(map: () => unknown): string {
  try {
    return JSON.stringify(map());
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

const text = fc.constantFrom('', 'x', 'Oxford', 'http://example.org/a', 'pubmed', 'pmid', 'page');
const words = fc.array(fc.constantFrom('Migration', 'and', 'EU', '–', 'in', 'x'), {
  minLength: 1,
  maxLength: 4,
});
const plain = fc.oneof(
  text,
  words.map((w) => w.join(' ')),
);
const name = fc.record(
  {
    family: fc.constantFrom('Smith', 'Köhler', 'Commission'),
    given: fc.constantFrom('Ann', 'J.'),
    prefix: fc.constantFrom('van', 'de'),
    suffix: fc.constantFrom('Jr'),
  },
  { requiredKeys: [] },
);
const date = fc.constantFrom(
  '2011',
  '2011-03',
  '2011-03-05',
  '2011/2012',
  '2011-03/..',
  'n.d.',
  '?',
);
const list = fc.oneof(plain, fc.array(plain, { minLength: 2, maxLength: 3 }));

/** Every field the mapping reads, with values shaped as the decoder makes them. */
const FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  author: fc.array(name, { maxLength: 3 }),
  editor: fc.array(name, { maxLength: 2 }),
  translator: fc.array(name, { maxLength: 2 }),
  bookauthor: fc.array(name, { maxLength: 2 }),
  keywords: fc.array(plain, { maxLength: 3 }),
  date,
  urldate: date,
  eventdate: date,
  origdate: date,
  year: fc.constantFrom('2011', '1999', 'forthcoming'),
  month: fc.constantFrom('3', 'mar', 'March 5', 'spring'),
  day: fc.constantFrom('5', 'x'),
  type: fc.constantFrom('patent', 'phdthesis', 'Working Paper'),
  bookpagination: fc.constantFrom('page', 'section', 'column'),
  eprinttype: fc.constantFrom('pubmed', 'pmid', 'arxiv'),
  archiveprefix: fc.constantFrom('pubmed', 'pmid', 'arXiv'),
  howpublished: fc.constantFrom('http://example.org', 'Privately printed'),
  pages: fc.constantFrom('1–10', '12', '3—4'),
  ...Object.fromEntries(
    ['publisher', 'location', 'address', 'institution', 'organization', 'school', 'language']
      .concat(['origlocation', 'origpublisher'])
      .map((f) => [f, list]),
  ),
  ...Object.fromEntries(
    (
      'abstract addendum annotation annote booksubtitle booktitle booktitleaddon chapter doi ' +
      'edition eid entrysubtype eprint eventtitle eventtitleaddon isan isbn ismn isrn issn issue ' +
      'issuesubtitle issuetitle issuetitleaddon iswc journal journalsubtitle journaltitle ' +
      'journaltitleaddon langid library mainsubtitle maintitle maintitleaddon note number ' +
      'numpages origtitle pagetotal part pmcid pmid pubstate s2id series shortjournal ' +
      'shortseries shorttitle subtitle title titleaddon url venue version volume volumes crossref'
    )
      .split(' ')
      .map((f) => [f, plain]),
  ),
};

const entryFields = fc
  .subarray(Object.keys(FIELDS), { maxLength: 14 })
  .chain((names) =>
    fc.record(Object.fromEntries(names.map((n) => [n, FIELDS[n]!]))),
  ) as fc.Arbitrary<Record<string, unknown>>;
const entryType = fc.constantFrom(...Object.keys(biblatexTypeMap), 'nosuchtype', 'refererence');

describe('the BibLaTeX -> CSL mapping', () => {
  it('gives what citation-js gives for random entries (values, key order, failures)', () => {
    fc.assert(
      fc.property(entryFields, entryType, (f, type) => {
        const [ours, theirs] = both(f, type, 'key1');
        expect(ours).toBe(theirs);
      }),
      { numRuns: 3000 },
    );
  });

  it('fails like citation-js on a value it cannot convert', () => {
    const [ours, theirs] = both({ date: 42 as unknown as string }, 'article', 'k');
    expect(ours).toMatch(/^error: Failed to convert date to issued/);
    expect(ours).toBe(theirs);
  });

  const files: [string, string][] = [
    ['good and broken entries.bib', fixture('bib', 'good and broken entries.bib')],
    ['strings crossref and comments.bib', fixture('bib', 'strings crossref and comments.bib')],
  ];
  const examples = biblatexExamplesPath();
  if (examples) files.push(['biblatex-examples.bib', readFileSync(examples, 'utf8')]);

  it.each(files)('gives what citation-js gives for every entry of %s', (_, bib) => {
    const decoded = scanBib(bib).entries.map((entry) => {
      const properties: Record<string, unknown> = {};
      for (const { name, value } of entry.fields) {
        if (value.trim()) properties[name] = decodeField(name, value, [], []);
      }
      return { type: entry.type, label: entry.key, properties };
    });
    const registry = Object.fromEntries(decoded.map((d) => [d.label, d]));
    expect(decoded.length).toBeGreaterThan(1);
    for (const d of decoded) {
      const f = inheritCrossref(d.type, d.properties, registry);
      const [ours, theirs] = both({ ...f }, d.type, d.label);
      expect(ours, d.label).toBe(theirs);
    }
  });
});
