// Repairs of an author segment run on into the next part of the entry (src/core/references/parse/
// authorRepairs.ts), on segments given directly, and their effect on the CSL-JSON. The entries are
// of the GROBID citation corpus (../shared/evals/refstrings, dev split).
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../src/core/references/parse';
import { repairSegments } from '../../../src/core/references/parse/repairs';
import { segments } from './segmentHelpers';
import { segmentsToCsl } from '../../../src/core/references/parse/toCsl';

const pairs = (out: Segment[]) => out.map((s) => [s.label, s.text]);

describe('an author list run on into the editors after "in:"', () => {
  const tagged = segments(
    ['author', 'A. Yoshida, et al., in: A.M. Stefanini, G. Nebbia, S.'],
    ['editor', 'Lunardi, G. Montagnoli (Eds.),'],
    ['title', 'Heavy Ion Fusion,'],
    ['publisher', 'World Scientific,'],
  );

  it('ends the authors at "in:" and gives the names after it to the editors', () => {
    expect(pairs(repairSegments(tagged)).slice(0, 3)).toEqual([
      ['author', 'A. Yoshida, et al.,'],
      ['editor', 'A.M. Stefanini, G. Nebbia, S.'],
      ['editor', 'Lunardi, G. Montagnoli (Eds.),'],
    ]);
    const csl = segmentsToCsl(tagged);
    expect(csl.author).toEqual([{ family: 'Yoshida', given: 'A.' }]);
    expect(csl['scholion-author-truncated']).toBe(true);
    expect(csl.editor?.map((n) => n.family)).toEqual([
      'Stefanini',
      'Nebbia',
      'Lunardi',
      'Montagnoli',
    ]);
  });

  it('leaves a list without "in:", and one whose editors are found elsewhere', () => {
    const plain = segments(['author', 'A. Yoshida, B. Inman,'], ['title', 'A study.']);
    expect(repairSegments(plain)).toEqual(plain);
    const elsewhere = segments(
      ['author', 'A. Yoshida, in: B. Inman,'],
      ['title', 'A study.'],
      ['editor', 'C. Doe (Ed.),'],
    );
    expect(pairs(repairSegments(elsewhere))[0]).toEqual(['author', 'A. Yoshida, in: B. Inman,']);
  });
});

describe('a title run into an author list printed initials first', () => {
  it('takes what follows "and" and the last name as the title, in an entry with none', () => {
    const tagged = segments(
      ['author', 'M. Cacciari, G.P. Salam and G. Soyez, FastJet User Manual,'],
      ['container-title', 'Eur. Phys. J. C'],
      ['volume', '72'],
    );
    const csl = segmentsToCsl(tagged);
    expect(csl.author?.map((n) => n.family)).toEqual(['Cacciari', 'Salam', 'Soyez']);
    expect(csl.title).toBe('FastJet User Manual');
  });

  it('keeps a given name after the family name, one word, a suffix, and an entry with a title', () => {
    for (const list of [
      'Smith, J. and Doe, Mary Ann,',
      'D. Bigi and P. Gambino, Phys',
      'D. Bigi and P. Gambino, Jr.,',
    ]) {
      const tagged = segments(['author', list], ['container-title', 'Phys. Rev. D']);
      expect(repairSegments(tagged), list).toEqual(tagged);
    }
    const titled = segments(
      ['author', 'D. Bigi and P. Gambino, Revisiting B,'],
      ['title', 'A title'],
    );
    expect(repairSegments(titled)).toEqual(titled);
  });
});

describe('a list printed initials first cut after its last initials', () => {
  it('takes back the family name the tagger gave the title (no comma after the list)', () => {
    const out = repairSegments(
      segments(
        ['author', 'J. Dilts, J. Isenberg, R. Mazzeo, and C.'],
        ['title', 'Meier Non-CMC solutions of the Einstein constraint equations.'],
        ['container-title', 'Class. Quant. Grav.'],
      ),
    );
    expect(out.map((s) => [s.label, s.text])).toEqual([
      ['author', 'J. Dilts, J. Isenberg, R. Mazzeo, and C. Meier'],
      ['title', 'Non-CMC solutions of the Einstein constraint equations.'],
      ['container-title', 'Class. Quant. Grav.'],
    ]);
    const csl = segmentsToCsl(
      segments(
        ['author', 'I. Antoniadis, J. Rizos, K.'],
        ['title', 'Tamvakis Singularity-free cosmological solutions,'],
      ),
    );
    expect(csl.author).toEqual([
      { family: 'Antoniadis', given: 'I.' },
      { family: 'Rizos', given: 'J.' },
      { family: 'Tamvakis', given: 'K.' },
    ]);
    expect(csl.title).toBe('Singularity-free cosmological solutions');
  });

  it('leaves inverted lists ("Smith, J., Jones, K.") and complete lists alone', () => {
    const inverted = segments(['author', 'Smith, J., Jones, K.'], ['title', 'Cells and more.']);
    expect(repairSegments(inverted)).toEqual(inverted);
    const complete = segments(['author', 'J. Smith and K. Jones'], ['title', 'Cells and more.']);
    expect(repairSegments(complete)).toEqual(complete);
  });
});
