// Rule-based repairs of the tagger's output, on segments and labels given directly (so they hold
// whatever a retrained model says).
import { describe, expect, it } from 'vitest';
import { repairSegments } from '../../../src/core/references/parse/repairs';
import { segments } from './segmentHelpers';
import { patternLabels } from '../../../src/core/references/parse/segments';
import { tokenize } from '../../../src/core/references/parse/tokens';
import { segmentsToCsl } from '../../../src/core/references/parse/toCsl';

describe('segment repairs', () => {
  it('takes an APA thesis mark in brackets at the end of the title as the genre', () => {
    const out = repairSegments(
      segments(
        ['author', 'Miller, A.'],
        ['date', '(2010).'],
        ['title', 'Essays on labour market institutions (Doctoral dissertation).'],
        ['publisher', 'University of Chicago,'],
      ),
    );
    expect(out.map((s) => [s.label, s.text])).toEqual([
      ['author', 'Miller, A.'],
      ['date', '(2010).'],
      ['title', 'Essays on labour market institutions '],
      ['genre', '(Doctoral dissertation).'],
      ['publisher', 'University of Chicago,'],
    ]);
    // A title that is only the mark, or brackets about something else, stay as they are.
    const kept = segments(['title', 'Borders (and other limits).'], ['title', '(PhD thesis)']);
    expect(repairSegments(kept)).toEqual(kept);
  });

  it('takes an edition in brackets at the end of the title as the edition', () => {
    const out = repairSegments(
      segments(
        ['author', 'R.A. Adams and J.F. Fournier,'],
        ['title', 'Sobolev spaces (second edition)'],
        ['publisher', 'Elsevier,'],
      ),
    );
    expect(out.map((s) => [s.label, s.text])).toEqual([
      ['author', 'R.A. Adams and J.F. Fournier,'],
      ['title', 'Sobolev spaces '],
      ['edition', '(second edition)'],
      ['publisher', 'Elsevier,'],
    ]);
    const apa = repairSegments(segments(['title', 'Research design (5th ed.).']));
    expect(apa.map((s) => s.label)).toEqual(['title', 'edition']);
    // "A New Edition of Plato" is a title's words, not a bracketed edition.
    const kept = segments(['title', 'Toward a new edition of Plato.']);
    expect(repairSegments(kept)).toEqual(kept);
  });

  it('reads a second author list further on as the editors when an editor mark is next to it', () => {
    const out = repairSegments(
      segments(
        ['author', 'A. Yoshida, et al.,'],
        ['author', 'in: A.M. Stefanini, G. Nebbia'],
        ['container-title', '(Eds.), Heavy Ion Fusion,'],
        ['publisher', 'World Scientific,'],
      ),
    );
    // Two author segments in a row stay one list (only a word the tagger left out between them).
    expect(out.map((s) => s.label)).toEqual(['author', 'author', 'container-title', 'publisher']);
    const apart = repairSegments(
      segments(
        ['author', 'A. Yoshida, et al.,'],
        ['title', 'Fusion barriers,'],
        ['author', 'in: A.M. Stefanini, G. Nebbia'],
        ['container-title', '(Eds.), Heavy Ion Fusion,'],
      ),
    );
    expect(apart.map((s) => s.label)).toEqual(['author', 'title', 'editor', 'container-title']);
  });

  it("reads a second title right after a chapter's editors as the book it is in", () => {
    const out = repairSegments(
      segments(
        ['author', 'Haendel, V.'],
        ['date', '(1983).'],
        ['title', 'The motives of the will.'],
        ['editor', 'In E. Gottheil, K. Durley, and H. Waxman (Eds.),'],
        ['title', 'Etiologic aspects of alcohol and drug abuse.'],
        ['location', 'Springfield, Ill:'],
      ),
    );
    expect(out.map((s) => s.label)).toEqual([
      'author',
      'date',
      'title',
      'editor',
      'container-title',
      'location',
    ]);
    // With editors at the head (an edited book), or no author before the title, the titles stay.
    const headless = segments(
      ['title', 'Etienne, Renne,'],
      ['editor', 'Elisha P. (eds),'],
      ['title', 'Regulating menstruation.'],
    );
    expect(repairSegments(headless).map((s) => s.label)).toEqual(['title', 'editor', 'title']);
    const edited = segments(
      ['editor', 'Smith, J. (Ed.).'],
      ['date', '(2001).'],
      ['title', 'Readings.'],
      ['title', 'Second part.'],
    );
    expect(repairSegments(edited).map((s) => s.label)).toEqual([
      'editor',
      'date',
      'title',
      'title',
    ]);
  });

  it('reads a year the tagger took for the pages as the date when the entry has none', () => {
    const out = repairSegments(
      segments(
        ['author', 'E.A. Havelock,'],
        ['title', 'Preface to Plato,'],
        ['location', 'Cambridge Mass.'],
        ['pages', '1963 (Rpt.'],
      ),
    );
    expect(out.map((s) => s.label)).toEqual(['author', 'title', 'location', 'date']);
    // Pages that are a range, or an entry with its date, keep the pages.
    const range = segments(['title', 'Essays,'], ['pages', '1963-1970.']);
    expect(repairSegments(range).map((s) => s.label)).toEqual(['title', 'pages']);
    const dated = segments(['date', '(1990).'], ['title', 'Essays,'], ['pages', '1963.']);
    expect(repairSegments(dated).map((s) => s.label)).toEqual(['date', 'title', 'pages']);
  });

  it('gives a second author list without editor marks to the title, or else to a note', () => {
    const noTitle = repairSegments(
      segments(
        ['author', 'Cacciari, M., Salam, G. P., & Soyez, G.'],
        ['date', '(2012).'],
        ['author', 'FastJet User Manual.'],
        ['container-title', 'Eur. Phys. J. C'],
      ),
    );
    expect(noTitle.map((s) => s.label)).toEqual(['author', 'date', 'title', 'container-title']);
    const withTitle = repairSegments(
      segments(
        ['author', 'Flynn, Maureen.'],
        ['title', 'Charity work.'],
        ['author', 'Charities Aid Foundation,'],
        ['date', '1990.'],
      ),
    );
    expect(withTitle.map((s) => s.label)).toEqual(['author', 'title', 'note', 'date']);
  });

  it('gives a year inside the title back to the title when "(in press)" is the date', () => {
    const out = repairSegments(
      segments(
        ['author', 'Brandt, L.'],
        ['title', '(in press). Temporary protection after'],
        ['date', '2022.'],
        ['container-title', 'International Migration Review.'],
      ),
    );
    expect(out.map((s) => [s.label, s.text])).toEqual([
      ['author', 'Brandt, L.'],
      ['date', '(in press).'],
      ['title', ' Temporary protection after 2022.'],
      ['container-title', 'International Migration Review.'],
    ]);
  });

  it('reads "(in press)" as the date when the tagger called it a note and dated only a dot', () => {
    const out = repairSegments(
      segments(
        ['author', 'Brandt, L.'],
        ['note', '(in press)'],
        ['date', '.'],
        ['title', 'Cells.'],
      ),
    );
    expect(out.map((s) => [s.label, s.text])).toEqual([
      ['author', 'Brandt, L.'],
      ['date', '(in press)'],
      ['title', 'Cells.'],
    ]);
  });

  it('keeps a year as the date when no "in press" or "n.d." stands for it', () => {
    const input = segments(['author', 'Lee, H.'], ['title', 'Cells'], ['date', '2022.']);
    expect(repairSegments(input)).toEqual(input);
  });

  it('reads the date after "accessed" as part of the access note', () => {
    const out = repairSegments(
      segments(['date', '(2019).'], ['note', '(accessed'], ['date', '12 March 2021).']),
    );
    expect(out.map((s) => s.label)).toEqual(['date', 'note', 'note']);
  });
});

describe("labels decided by a token's form", () => {
  it('makes a whole URL token the URL and a DOI token the DOI, whatever the tagger said', () => {
    const tokens = tokenize('Site. https://example.org/x 10.1000/xyz123 12');
    expect(patternLabels(tokens, ['title', 'title', 'volume', 'note', 'volume'])).toEqual([
      'title',
      'title',
      'url',
      'doi',
      'volume',
    ]);
  });
});

describe('"n.d." at the end of a segment', () => {
  it('is the date when the tagger left its final dot out ("New York: Modern Library, n.d.")', () => {
    const out = repairSegments(
      segments(
        ['author', 'Sterne, Laurence.'],
        ['title', 'The Life and Opinions of Tristram Shandy, Gentleman.'],
        ['location', 'New York'],
        ['publisher', 'Modern Library, n.d'],
      ),
    );
    expect(out.slice(3).map((s) => [s.label, s.text])).toEqual([
      ['publisher', 'Modern Library, '],
      ['date', 'n.d'],
    ]);
  });
});

describe('an edition at the end of a title', () => {
  it('is the edition after a comma, and with the spaces PDF extraction lost or added', () => {
    const csl = (title: string) =>
      segmentsToCsl(segments(['author', 'J. Jin,'], ['title', title], ['publisher', 'Wiley,']));
    expect(csl('The Finite Element Method in Electromagnetics, 3rd ed.')).toMatchObject({
      title: 'The Finite Element Method in Electromagnetics',
      edition: '3',
    });
    expect(csl('The Finite Element Method in Electromagnetics, 3rded .')).toMatchObject({
      title: 'The Finite Element Method in Electromagnetics',
      edition: '3',
    });
    expect(csl('Concise Encyclopedia of Mathematics, 2 n d edition.')).toMatchObject({
      title: 'Concise Encyclopedia of Mathematics',
      edition: '2',
    });
    expect(csl('Electron Energy-Loss Spectroscopy ( ThirdEdition )')).toMatchObject({
      title: 'Electron Energy-Loss Spectroscopy',
      edition: '3',
    });
  });

  it('stays in a title that only mentions one ("The Second Edition Problem")', () => {
    const csl = segmentsToCsl(segments(['title', 'The second edition problem, revisited.']));
    expect(csl.title).toBe('The second edition problem, revisited');
    expect(csl.edition).toBeUndefined();
  });
});
