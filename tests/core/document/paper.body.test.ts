// The bundled paper's body: abstract, sections, page-break joins, block quote, footnotes, excerpt end.
import { describe, expect, it } from 'vitest';
import { parseDocument, type Block } from '../../../src/core/document';
import { expectConsistentOffsets, paperSource } from './helpers';

const doc = parseDocument(paperSource());
const blockContaining = (needle: string): Block[] =>
  doc.blocks.filter((b) => b.text.includes(needle));

describe('the bundled paper: body', () => {
  it('has the abstract as its first section and as a string', () => {
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 2, text: 'Abstract' });
    expect(doc.abstract).toMatch(/^The notion of “partnership” has come to replace/);
    expect(doc.abstract).toMatch(/regulating states’ approach to population flows\.$/);
    expect(doc.blocks[1]?.text).toBe(doc.abstract);
  });

  it('finds exactly these sections, emphasis markers stripped from the titles', () => {
    expect(doc.sections.map((s) => [s.title, s.level])).toEqual([
      ['Abstract', 2],
      ['Introduction', 2],
      ['The “partnership-turn” in international migration governance', 3],
      ['Partnership in Regional Consultative Processes', 3],
      ['Partnership in EU External Migration Policies: Conditionality in Disguise?', 3],
    ]);
    expect(doc.text).not.toMatch(/\*|#/);
  });

  it('nests the ### sections inside Introduction and gives every block its innermost section', () => {
    const [abstract, intro, turn, rcp, eu] = doc.sections;
    expect(abstract!.end).toBeLessThan(intro!.start);
    expect(intro!.end).toBe(doc.text.length);
    expect(turn!.end).toBeLessThan(rcp!.start);
    expect(eu!.end).toBe(doc.text.length);
    expect(doc.blocks.every((b) => b.sectionId !== null)).toBe(true);
    expect(blockContaining('International migration is not a stronghold')[0]?.sectionId).toBe(
      intro!.id,
    );
    expect(blockContaining('RCPs on migration proliferated')[0]?.sectionId).toBe(rcp!.id);
  });

  it('joins "…coined the metaphor of a" with "‘substance without architecture’…" across the page break', () => {
    const joined = blockContaining(
      'coined the metaphor of a ‘substance without architecture’ (Aleinikoff 2003)',
    );
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ kind: 'paragraph', joinedFromParts: 2 });
    expect(joined[0]!.text).toMatch(/^Traditionally, international relations scholars/);
    expect(joined[0]!.text).toMatch(/\(European Commission 2011: 11\)\.$/);
  });

  it('joins "Thus, Harrison (2002: 587)" with "warns that such partnerships…"', () => {
    const joined = blockContaining('Thus, Harrison (2002: 587) warns that such partnerships');
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ kind: 'paragraph', joinedFromParts: 2 });
    expect(doc.blocks.some((b) => b.text.startsWith('warns that'))).toBe(false);
  });

  it('leaves every other paragraph unjoined', () => {
    const joined = doc.blocks.filter((b) => b.kind === 'paragraph' && b.joinedFromParts > 1);
    expect(joined).toHaveLength(2);
  });

  it('makes the Berne Initiative passage a block quote ending with its citation', () => {
    const quotes = doc.blocks.filter((b) => b.kind === 'blockquote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toMatch(/^Migration management is an area for partnerships/);
    expect(quotes[0]!.text).toMatch(/\(Federal Office for Migration 2004: 13\)$/);
    const before = doc.blocks[doc.blocks.indexOf(quotes[0]!) - 1];
    expect(before?.text).toMatch(/International Agenda for Migration Management \(IAMM\):$/);
  });

  it('links footnote 1 to its marker and its URL text; the footnote is not body text', () => {
    const fn1 = doc.footnotes.find((f) => f.label === '1');
    expect(fn1).toMatchObject({
      id: 'fn1',
      text: 'See: http://www.un.org/migration/sg-speech.html',
      missing: false,
    });
    const holder = doc.blocks.find((b) => b.id === fn1!.refBlockId)!;
    expect(holder.text).toMatch(/building partnerships\.’$/);
    const ref = holder.footnoteRefs.find((r) => r.footnoteId === 'fn1')!;
    expect(ref.offset).toBe(holder.end);
    expect(doc.text).not.toContain('sg-speech');
    expect(doc.text).not.toContain('<sup>');
  });

  it('continues the body after the mid-document footnote block', () => {
    const after = blockContaining('The IAMM delineates in some detail')[0]!;
    const previous = doc.blocks[doc.blocks.indexOf(after) - 1]!;
    expect(previous.text).toMatch(/FRONTEX\.$/);
    expect(after.kind).toBe('paragraph');
  });

  it('keeps markers 2 and 3 (one on a heading) with footnotes whose text is missing', () => {
    expect(doc.footnotes.map((f) => [f.id, f.label, f.text, f.missing])).toEqual([
      ['fn1', '1', 'See: http://www.un.org/migration/sg-speech.html', false],
      ['fn2', '2', '', true],
      ['fn3', '3', '', true],
    ]);
    const heading = doc.blocks.find((b) => b.id === doc.footnotes[2]!.refBlockId)!;
    expect(heading).toMatchObject({
      kind: 'heading',
      text: 'Partnership in EU External Migration Policies: Conditionality in Disguise?',
    });
    expect(heading.footnoteRefs).toEqual([{ label: '3', offset: heading.end, footnoteId: 'fn3' }]);
  });

  it('keeps emphasis as spans: the two italic report titles', () => {
    const spans = doc.blocks
      .flatMap((b) => b.emphasis)
      .map((s) => [doc.text.slice(s.start, s.end), s.style]);
    expect(spans).toEqual([
      ['Shaping the 21st Century: The Contribution of Development Co-Operation', 'italic'],
      ['Eliminating World Poverty: A Challenge for the 21st Century', 'italic'],
    ]);
  });

  it('ends as an excerpt at "…the EU policy combines the" and drops the scraping residue', () => {
    expect(doc.meta.excerpt).not.toBeNull();
    expect(doc.meta.excerpt!.endsAt).toBe(doc.text.length);
    expect(doc.meta.excerpt!.lastWords).toMatch(/combines the$/);
    expect(doc.text).toMatch(/As we shall show, the EU policy combines the$/);
    expect(doc.meta.excerpt!.droppedResidue).toMatch(/Han script/);
    expect(doc.meta.excerpt!.droppedResidue).toMatch(/external link/);
  });

  it('has no CJK character and no residue link anywhere in text or blocks', () => {
    const cjk =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
    expect(doc.text).not.toMatch(cjk);
    expect(doc.text).not.toMatch(/yunbaogao/i);
    for (const block of doc.blocks) {
      expect(block.text).not.toMatch(cjk);
      expect(JSON.stringify(block)).not.toMatch(/yunbaogao/i);
    }
    expect(JSON.stringify(doc.footnotes)).not.toMatch(/yunbaogao/i);
  });

  it('keeps typographic characters as written and normalises whitespace', () => {
    expect(doc.text).toContain('Héritier and Rhodes 2010');
    expect(doc.text).toContain('North–South');
    expect(doc.text).toContain('“partnership”');
    for (const block of doc.blocks) expect(block.text).not.toMatch(/\s{2}|\n|^\s|\s$/);
  });

  it('satisfies the offset invariants for every block, span, marker and section', () => {
    expect(doc.blocks).toHaveLength(21);
    expectConsistentOffsets(doc);
  });
});
