/** Case protection of .bib titles: which words a lower-casing style must leave as written. */
import { describe, expect, it } from 'vitest';
import { richTextToLatex } from '../../../src/core/formats/bibtex/latex';
import { isSentenceCase, protectTitleCase } from '../../../src/core/formats/bibtex/titleCase';

/** A title as fromCsl.ts writes it. */
const bib = (title: string, ascii = true): string =>
  richTextToLatex(title, ascii, (run, atStart) =>
    protectTitleCase(run, atStart, isSentenceCase(title)),
  );

describe('protectTitleCase in Title Case titles', () => {
  it('braces lexicon names and the heads that continue them, as one group', () => {
    expect(bib('A Perspective on the European Neighbourhood Policy: Integration')).toBe(
      'A Perspective on the {European Neighbourhood Policy}: Integration',
    );
    expect(bib('Governance in the European Union and Africa')).toBe(
      'Governance in the {European Union} and {Africa}',
    );
    expect(bib('Partnership and Participation in Ethiopia')).toBe(
      'Partnership and Participation in {Ethiopia}',
    );
    expect(bib('Article 96 of the Cotonou Partnership Agreement')).toBe(
      'Article 96 of the {Cotonou Partnership Agreement}',
    );
  });

  it('braces curated phrases, and acronyms next to them in the same group', () => {
    expect(bib('The Global Approach to Migration and Mobility: EU Mobility Partnerships')).toBe(
      'The {Global Approach to Migration and Mobility}: {EU Mobility Partnerships}',
    );
    expect(bib('Refugees in the United States')).toBe('Refugees in the {United States}');
  });

  it('leaves ordinary capitalised words plain', () => {
    expect(bib('Global Migration Governance')).toBe('Global Migration Governance');
    expect(bib('Report of the Commission on International Development')).toBe(
      'Report of the Commission on International Development',
    );
    // A generic tail needs a head before it; a head needs a name before it.
    expect(bib('European Policy Making')).toBe('{European} Policy Making');
    expect(bib('The Council and the Parliament')).toBe('The Council and the Parliament');
    // Punctuation ends a name.
    expect(bib('the European Parliament, the Council')).toBe(
      'the {European Parliament}, the Council',
    );
    expect(bib("Europe's Union Debates")).toBe("{Europe's} Union Debates");
  });

  it('braces a hyphenated word from its name on', () => {
    expect(bib('From the Washington to the Post-Washington Consensus')).toBe(
      'From the {Washington} to the Post-{Washington Consensus}',
    );
    expect(bib('Migration, Trade, and the Nation-State')).toBe(
      'Migration, Trade, and the Nation-State',
    );
  });

  it('keeps acronyms and inner capitals, and names written with accents', () => {
    expect(bib('Beyond Partnership: Getting Real about NGO Relationships')).toBe(
      'Beyond Partnership: Getting Real about {NGO} Relationships',
    );
    expect(bib('The iPhone at McDonald')).toBe('The {iPhone} at {McDonald}');
    expect(bib('The Lomé Convention')).toBe("The {Lom{\\'e} Convention}");
    expect(bib('The Lomé Convention', false)).toBe('The {Lomé Convention}');
  });
});

describe('protectTitleCase in sentence-case titles', () => {
  it('braces capitalised words after the first, and lexicon names even first', () => {
    expect(bib('The role of the European Parliament in migration')).toBe(
      'The role of the {European Parliament} in migration',
    );
    expect(bib('Europe and the politics of migration')).toBe(
      '{Europe} and the politics of migration',
    );
    expect(bib('Migration policy: The case of Ethiopia')).toBe(
      'Migration policy: The case of {Ethiopia}',
    );
  });
});

describe('braces already there', () => {
  it('does not brace again inside a nocase span or in rich text markup twice', () => {
    expect(bib('Law in the <span class="nocase">European Union</span> Today')).toBe(
      'Law in the {European Union} Today',
    );
    expect(bib('The <i>European Union</i> and EU')).toBe('The \\textit{{European Union}} and {EU}');
  });

  it('writes the same bytes every time', () => {
    const title = 'Communication to the European Parliament: The Global Approach to Migration';
    expect(bib(title)).toBe(bib(title));
    expect(bib(title)).toBe(
      'Communication to the {European Parliament}: The {Global Approach to Migration}',
    );
  });
});
