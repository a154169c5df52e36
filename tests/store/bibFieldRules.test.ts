/**
 * The .bib field rules of works files (bibFieldRules.ts): a field is stored as a rule's code
 * exactly when the rule spells its value from the CSL item (`valueOfRule(code, csl) === value`),
 * whatever the value, or the file would read back a different .bib field.
 */
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/core/bibliography/model';
import { parseBibliographyFile } from '../../src/core/formats';
import { ruleCodeFor, valueOfRule } from '../../src/store/schemas/bibFieldRules';
import { generateBib } from '../../bench/formatsBib';

/** The rules' fields by code (the order is part of the file format). */
const FIELDS: Record<number, string> = {
  [-1]: 'pages',
  [-2]: 'year',
  [-3]: 'date',
  [-4]: 'author',
  [-5]: 'editor',
  [-6]: 'keywords',
};

/** CSL items the generated .bib gives, and awkward ones no parser gives but a file may hold. */
function items(): CslItem[] {
  const parsed = parseBibliographyFile(generateBib(300, 11), 'bibtex').entries.map((e) => e.csl);
  const odd: Partial<CslItem>[] = [
    { page: '12' },
    { page: '12-14-16' },
    { page: '-3' },
    { page: '7-' },
    { page: 12 as unknown as string },
    { keyword: 'a,b,,c,' },
    { keyword: ',' },
    { keyword: '' },
    { keyword: 'a, b' },
    { author: [{ family: 'Smith' }, { family: 'Jones', given: 'Al' }] },
    { author: [{ family: 'Smith and Jones', given: 'A.' }] },
    { author: [{ family: 'Smith', given: undefined }] },
    { author: [{ family: '', given: '' }] },
    { author: [{ family: 'Sm', given: 'A', suffix: 'Jr.' }] },
    { author: [{ literal: 'World Bank' }] },
    { author: [{ family: 'Sm', given: 3 as unknown as string }] },
    { author: [] },
    { author: 'Smith' as unknown as [] },
    { editor: [{ given: 'A', family: 'B' }, null as unknown as { family: string }] },
    { issued: { 'date-parts': [[2020, 3, 9]] } },
    { issued: { 'date-parts': [[2020, 3.5]] } },
    { issued: { 'date-parts': [[2020], [2021]] } },
    { issued: { 'date-parts': [[2020, 1, 2, 3]] } },
    { issued: { 'date-parts': [[]] } },
  ];
  return [...parsed, ...odd.map((o) => ({ type: 'book', id: 'x', ...o }) as CslItem)];
}

/** Values a .bib field might hold: the rule's own spelling and near misses of it. */
function candidates(spelled: string | null): string[] {
  const out = ['', 'x', '12--14', 'Smith, A. and Jones', 'a, b'];
  if (spelled === null) return out;
  out.push(spelled, `${spelled} `, ` ${spelled}`, spelled.slice(1), spelled.slice(0, -1));
  out.push(spelled.replace('-', '-'.repeat(3)), spelled.replace(', ', ','));
  out.push(spelled.replace(' and ', ' AND '), `${spelled} and X`, spelled.toUpperCase());
  for (let i = 0; i < spelled.length; i += 3) {
    out.push(`${spelled.slice(0, i)}#${spelled.slice(i + 1)}`);
  }
  return out;
}

describe('.bib field rules', () => {
  it('give a rule code exactly when the rule spells the value', () => {
    let coded = 0;
    for (const csl of items()) {
      for (const [code, field] of Object.entries(FIELDS)) {
        const spelled = valueOfRule(Number(code), csl);
        for (const value of candidates(spelled)) {
          const expected = spelled === value ? Number(code) : null;
          expect(ruleCodeFor(field, value, csl), `${field} = ${JSON.stringify(value)}`).toBe(
            expected,
          );
          if (expected !== null) coded++;
        }
      }
    }
    expect(coded).toBeGreaterThan(1000);
  });

  it('give no code for a field without a rule, or for a value that is not text', () => {
    expect(ruleCodeFor('title', 'A', { type: 'book', id: 'x', title: 'A' })).toBeNull();
    const csl: CslItem = { type: 'book', id: 'x', author: [{ family: 'A' }, { family: 'B' }] };
    for (const field of Object.values(FIELDS)) {
      expect(ruleCodeFor(field, 5 as unknown as string, { ...csl, page: '5' })).toBeNull();
    }
  });
});
