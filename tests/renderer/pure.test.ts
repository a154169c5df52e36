// @vitest-environment jsdom
// The renderer's pure helpers: block pieces, sanitised HTML, co-citation.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import type { Block } from '../../src/core/document/model';
import type { ResolvedCitation } from '../../src/core/citations/model';
import type { Claim } from '../../src/core/claims/model';
import { groupPieces, pieceBlock } from '../../src/renderer/features/reader/segments';
import { SafeHtml } from '../../src/renderer/ui/safeHtml';
import {
  buildCoCitation,
  libraryCoCitation,
  filterClaims,
  shade,
} from '../../src/renderer/features/claims/coCitation';
import { describeLocator } from '../../src/renderer/features/reader/CitationCard';
import { excerptAround } from '../../src/renderer/api/paperIndex';

const TEXT = 'Intro. As shown (Smith 2001: 4) it holds.';
const block: Block = {
  id: 'b1',
  kind: 'paragraph',
  start: 0,
  end: TEXT.length,
  text: TEXT,
  emphasis: [{ start: 10, end: 15, style: 'italic' }],
  footnoteRefs: [{ label: '1', offset: 6, footnoteId: 'fn1' }],
  sectionId: null,
  joinedFromParts: 0,
};
const cite = {
  id: 'c1',
  raw: 'Smith 2001: 4',
  start: TEXT.indexOf('Smith'),
  end: TEXT.indexOf(')'),
} as ResolvedCitation;

describe('pieceBlock', () => {
  it('cuts at emphasis, citations, footnote markers and the highlight, keeping all text', () => {
    const pieces = pieceBlock(block, [cite], { start: 7, end: TEXT.length });
    const text = pieces.map((p) => (p.kind === 'text' ? p.text : `[${p.ref.label}]`)).join('');
    expect(text).toBe('Intro.[1] As shown (Smith 2001: 4) it holds.');
    const italic = pieces
      .filter((p) => p.kind === 'text' && p.italic)
      .map((p) => p.kind === 'text' && p.text);
    expect(italic.join('')).toBe('shown');
    const groups = groupPieces(pieces);
    const citeGroup = groups.find((g) => g.citationId === 'c1')!;
    expect(citeGroup.pieces.map((p) => (p.kind === 'text' ? p.text : '')).join('')).toBe(
      'Smith 2001: 4',
    );
    expect(pieces.every((p) => p.kind === 'footnote' || p.highlighted === p.start >= 7)).toBe(true);
  });

  it('raises a superscript citation number (a numeric paper’s <sup>2,5</sup>)', () => {
    const raisedText = 'Trials agree.2,5 So do cohorts.';
    const raisedBlock: Block = {
      ...block,
      text: raisedText,
      end: raisedText.length,
      emphasis: [{ start: 13, end: 16, style: 'superscript' }],
      footnoteRefs: [],
    };
    const pieces = pieceBlock(raisedBlock, [{ ...cite, start: 13, end: 14 }], null);
    const raised = pieces.filter((p) => p.kind === 'text' && p.raised);
    expect(raised.map((p) => p.kind === 'text' && [p.text, p.citationId])).toEqual([
      ['2', 'c1'],
      [',5', null],
    ]);
  });
});

describe('SafeHtml', () => {
  it('keeps emphasis and text, drops scripts, attributes, links and block wrappers', () => {
    const html =
      '<div class="csl-entry" onclick="x()">Smith, J. (2001). <i>Title</i> <a href="http://evil">http://x</a><script>alert(1)</script><img src=x onerror=alert(1)><b style="color:red">B</b></div>';
    const out = renderToStaticMarkup(createElement(SafeHtml, { html }));
    expect(out).toBe(
      '<span>Smith, J. (2001). <i>Title</i> <span class="ref-link">http://x</span><b>B</b></span>',
    );
  });
});

const claim = (id: string, start: number, workIds: string[]) =>
  ({
    id,
    start,
    end: start + 5,
    workIds,
    citationIds: [],
    text: '',
    blockId: 'b',
    sectionId: null,
    kind: 'sentence',
  }) as Claim;

describe('buildCoCitation', () => {
  const claims = [
    claim('k2', 20, ['y', 'z']),
    claim('k1', 10, ['x', 'y']),
    claim('k3', 30, ['y', 'z']),
    claim('k4', 40, ['w']),
  ];
  const m = buildCoCitation(claims);
  it('keeps works cited together, in order of first citation, with the claims of each pair', () => {
    expect(m.workIds).toEqual(['x', 'y', 'z']);
    expect(m.countFor('y', 'z')).toBe(2);
    expect(m.countFor('z', 'y')).toBe(2);
    expect(m.countFor('x', 'z')).toBe(0);
    expect(m.countFor('y', 'y')).toBe(3);
    expect(m.max).toBe(2);
    expect([0, 1, 2].map((n) => shade(n, m.max))).toEqual([0, 2, 3]);
  });
  it('filters claims by works and section', () => {
    const section = { id: 's', title: 'S', level: 2, headingBlockId: 'h', start: 15, end: 35 };
    expect(filterClaims(claims, { workIds: ['y', 'z'], section: null }).map((c) => c.id)).toEqual([
      'k2',
      'k3',
    ]);
    expect(filterClaims(claims, { workIds: ['y'], section }).map((c) => c.id)).toEqual([
      'k2',
      'k3',
    ]);
  });
});

describe('small text helpers', () => {
  it('describes locators as pages when they are page numbers', () => {
    expect(describeLocator('41')).toBe('p. 41');
    expect(describeLocator('136, 173')).toBe('pp. 136, 173');
    expect(describeLocator('12–15')).toBe('pp. 12–15');
    expect(describeLocator('ch. 3')).toBe('ch. 3');
  });
  it('cuts an excerpt at word boundaries with ellipses', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(excerptAround(text, 19, 23, 8)).toBe('…four five six…');
    expect(excerptAround('short', 0, 5)).toBe('short');
  });
});

describe('libraryCoCitation', () => {
  it('reads the counts main sends: pairs either way round, each work’s claims on the diagonal', () => {
    const m = libraryCoCitation({
      coCited: ['a', 'b', 'c'],
      pairs: [
        ['a', 'b', 2],
        ['b', 'c', 5],
      ],
      works: [
        ['a', 4],
        ['b', 7],
      ],
    });
    expect(m.workIds).toEqual(['a', 'b', 'c']);
    expect([m.countFor('b', 'a'), m.countFor('c', 'b'), m.countFor('a', 'c')]).toEqual([2, 5, 0]);
    expect([m.countFor('a', 'a'), m.countFor('c', 'c')]).toEqual([4, 0]);
    expect(m.max).toBe(5);
  });
});
