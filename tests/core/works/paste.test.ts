/** Paste to add: each kind of pasted text becomes records to confirm. */
import { describe, expect, it } from 'vitest';
import { parsePastedWork } from '../../../src/core/works/paste';
import { isbnProblem, normaliseDoi, normaliseIsbn } from '../../../src/core/works/identifiers';

describe('parsePastedWork', () => {
  it('reads a BibTeX entry, keeping its key and source', () => {
    const r = parsePastedWork(
      '@book{betts2011, author = {Betts, Alexander}, title = {Global Migration Governance}, year = 2011, publisher = {Oxford University Press}}',
    );
    expect(r.kind).toBe('bibtex');
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]!.key).toBe('betts2011');
    expect(r.candidates[0]!.csl.title).toBe('Global Migration Governance');
    expect(r.candidates[0]!.source?.entryType).toBe('book');
  });

  it('reads RIS and CSL-JSON', () => {
    const ris = parsePastedWork(
      'TY  - JOUR\nAU  - Lavenex, Sandra\nTI  - Shifting up and out\nPY  - 2006\nER  - \n',
    );
    expect(ris.kind).toBe('ris');
    expect(ris.candidates[0]!.csl.title).toBe('Shifting up and out');
    const json = parsePastedWork(
      '{"id":"x","type":"book","title":"T","issued":{"date-parts":[[2001]]}}',
    );
    expect(json.kind).toBe('csl-json');
    expect(json.candidates[0]!.csl.title).toBe('T');
  });

  it('keeps a DOI or ISBN alone as the identifier and says there is no network', () => {
    const doi = parsePastedWork('https://doi.org/10.1080/13501760500242456');
    expect(doi.kind).toBe('doi');
    expect(doi.candidates[0]!.csl.DOI).toBe('10.1080/13501760500242456');
    expect(doi.notes[0]).toMatch(/offline/);
    const isbn = parsePastedWork('ISBN 978-0-19-960045-8');
    expect(isbn.kind).toBe('isbn');
    expect(isbn.candidates[0]!.csl.ISBN).toBe('9780199600458');
    const bad = parsePastedWork('978-0-19-960045-9');
    expect(bad.candidates).toEqual([]);
    expect(bad.notes[0]).toMatch(/check digit/);
  });

  it('reads a formatted reference with the reference-string parser', () => {
    const r = parsePastedWork(
      'Betts, A. (2011). Global Migration Governance. Oxford University Press.',
    );
    expect(r.kind).toBe('reference');
    expect(r.candidates[0]!.csl.title).toBe('Global Migration Governance');
    expect(r.candidates[0]!.csl.author?.[0]?.family).toBe('Betts');
  });
});

describe('identifiers', () => {
  it('normalises DOIs and checks ISBNs', () => {
    expect(normaliseDoi('doi:10.1000/xyz123.')).toBe('10.1000/xyz123');
    expect(normaliseDoi('not a doi')).toBeNull();
    expect(normaliseIsbn('0-19-960045-X')).toBeNull();
    expect(isbnProblem('0306406152')).toBeNull();
    expect(isbnProblem('12345')).toMatch(/10 or 13 digits/);
  });
});
