// makeCitationKey: familyYEAR keys, ASCII and BibTeX-safe, unique, never renaming existing keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  corporateKeyName,
  isValidCitationKey,
  makeCitationKey,
} from '../../../src/core/bibliography';
import type { CslItem, CslName } from '../../../src/core/bibliography/model';
import { bundledWorks } from './helpers';

const item = (author: CslName[] | undefined, year?: number, extra: Partial<CslItem> = {}): CslItem => ({
  id: 'x',
  type: 'book',
  title: 'The Title',
  ...(author ? { author } : {}),
  ...(year ? { issued: { 'date-parts': [[year]] } } : {}),
  ...extra,
}); // prettier-ignore
const none = new Set<string>();

describe('makeCitationKey', () => {
  it('builds familyYEAR from the first author', () => {
    expect(makeCitationKey(item([{ family: 'Bhagwati', given: 'J.' }], 2003), none)).toBe(
      'bhagwati2003',
    );
    expect(makeCitationKey(item([{ family: 'Lahav' }, { family: 'Lavenex' }], 2012), none)).toBe(
      'lahav2012',
    );
  });

  it('uses the first editor when there are no authors', () => {
    expect(makeCitationKey(item(undefined, 2000, { editor: [{ family: 'Ghosh' }] }), none)).toBe(
      'ghosh2000',
    );
  });

  it('appends a, b, c on collision and never renames the existing key', () => {
    const existing = new Set<string>();
    const keys: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const key = makeCitationKey(item([{ family: 'Betts' }], 2011), existing);
      keys.push(key);
      existing.add(key);
    }
    expect(keys).toEqual(['betts2011', 'betts2011a', 'betts2011b', 'betts2011c']);
  });

  it('fills the first free suffix and continues past z with aa', () => {
    expect(makeCitationKey(item([{ family: 'Smith' }], 2010), new Set(['smith2010', 'smith2010b']))).toBe('smith2010a');
    const taken = new Set(['smith2010', ...'abcdefghijklmnopqrstuvwxyz'].map((s) => (s.length === 1 ? `smith2010${s}` : s)));
    expect(makeCitationKey(item([{ family: 'Smith' }], 2010), taken)).toBe('smith2010aa');
  }); // prettier-ignore

  it('does not change the set it is given', () => {
    const existing = new Set(['smith2010']);
    makeCitationKey(item([{ family: 'Smith' }], 2010), existing);
    expect([...existing]).toEqual(['smith2010']);
  });

  it('keeps a valid, free citation-key from the item, and replaces a taken or invalid one', () => {
    const own = item([{ family: 'Smith' }], 2010, { 'citation-key': 'smithbook' });
    expect(makeCitationKey(own, none)).toBe('smithbook');
    expect(makeCitationKey(own, new Set(['smithbook']))).toBe('smith2010');
    const bad = item([{ family: 'Smith' }], 2010, { 'citation-key': 'Smith:2010' });
    expect(makeCitationKey(bad, none)).toBe('smith2010');
  });

  it.each([
    ['Köhler', 'kohler2011'],
    ['Weiß', 'weiss2011'],
    ['Sørensen', 'sorensen2011'],
    ['Łęski', 'leski2011'],
    ['Núñez-García', 'nunezgarcia2011'],
    ['O’Brien', 'obrien2011'],
    ['Ærø', 'aero2011'],
  ])('transliterates %s to %s', (family, key) => {
    expect(makeCitationKey(item([{ family }], 2011), none)).toBe(key);
  });

  it('keeps the non-dropping particle, whether separate or in the family name: vanderheijden', () => {
    const separate = [{ family: 'Heijden', 'non-dropping-particle': 'van der' }];
    expect(makeCitationKey(item(separate, 2010), none)).toBe('vanderheijden2010');
    expect(makeCitationKey(item([{ family: 'van der Heijden' }], 2010), none)).toBe(
      'vanderheijden2010',
    );
  });

  it('drops a dropping particle, which citations leave out', () => {
    const beethoven = [{ family: 'Beethoven', 'dropping-particle': 'van', given: 'Ludwig' }];
    expect(makeCitationKey(item(beethoven, 1801), none)).toBe('beethoven1801');
  });

  it('writes "nd" for a work without a year', () => {
    expect(makeCitationKey(item([{ family: 'Smith' }]), none)).toBe('smithnd');
  });

  it('falls back to the first significant title word, then to "anon"', () => {
    const untitled = item(undefined, 2011, { title: 'The Global Approach to Migration' });
    expect(makeCitationKey(untitled, none)).toBe('global2011');
    expect(makeCitationKey(item([{ family: '王' }], 2011, { title: '移民' }), none)).toBe(
      'anon2011',
    );
  });

  it('always starts with a letter', () => {
    expect(makeCitationKey(item([{ literal: '3M' }], 2011), none)).toBe('m2011');
  });
});

describe('corporate names', () => {
  it.each([
    ['European Commission', 'europeancommission'],
    ['International Organization for Migration', 'iom'],
    ['Global Commission on International Migration', 'gcim'],
    ['Federal Office for Migration (FOM)', 'fom'],
    ['United Nations, Department of Economic and Social Affairs', 'unitednations'],
    ['UNHCR', 'unhcr'],
    ['World Bank', 'worldbank'],
  ])('%s -> %s', (literal, name) => {
    expect(corporateKeyName(literal)).toBe(name);
    expect(makeCitationKey(item([{ literal }], 2004), none)).toBe(`${name}2004`);
  });
});

describe('keys of the bundled works', () => {
  it('keeps every bundled key (stable) when the key is free', () => {
    for (const work of bundledWorks()) {
      expect(makeCitationKey(work.csl, none)).toBe(work.citationKey);
    }
  });

  it('gives a fresh key when a bundled key is taken, without touching the taken one', () => {
    const works = bundledWorks();
    const keys = new Set(works.map((w) => w.citationKey));
    const betts = works.find((w) => w.citationKey === 'betts2011c');
    if (!betts) throw new Error('betts2011c missing');
    expect(makeCitationKey(betts.csl, keys)).toBe('betts2011');
    expect(makeCitationKey(betts.csl, new Set([...keys, 'betts2011']))).toBe('betts2011d');
  });
});

describe('properties', () => {
  const name = fc.oneof(
    fc.record({ family: fc.string(), given: fc.string() }),
    fc.record({ literal: fc.string() }),
  );
  it('always returns a valid key that is not taken', () => {
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 3 }),
        fc.option(fc.integer({ min: -3000, max: 3000 })),
        fc.string(),
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,12}$/), { maxLength: 30 }),
        (authors, year, title, taken) => {
          const csl: CslItem = { id: 'x', type: 'book', title, author: authors };
          if (year !== null) csl.issued = { 'date-parts': [[year]] };
          const existing = new Set(taken);
          const key = makeCitationKey(csl, existing);
          expect(isValidCitationKey(key)).toBe(true);
          expect(existing.has(key)).toBe(false);
        },
      ),
    );
  });
});
