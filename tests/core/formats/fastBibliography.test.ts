/**
 * The fast bibliography path (engines that skip citation-only disambiguation and reuse rendered
 * entries) against the reference path (a plain citeproc engine, as before): the same entries, in
 * the same order, for the bundled works and for generated ones, and across a sequence of calls
 * whose sets of works change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CslItem, Work } from '../../../src/core/bibliography/model';
import { StyleEngine } from '../../../src/core/formats/csl/engine';
import { formatBibliography, STYLE_IDS, type StyleId } from '../../../src/core/formats';
import { loadBundledCsl } from '../../../src/services/export';
import { generateWorks } from '../../../bench/formatsData';
import { bundled } from '../../fixtures/works';

beforeAll(() => loadBundledCsl());

const items = (works: readonly Work[]): CslItem[] =>
  works.map((w) => ({ ...w.csl, id: w.citationKey }));

/**
 * Works that collide: same first author and year (a/b/c letters), same surname with other
 * initials (citations add initials), and several authors sharing the first one.
 */
function collisions(base: readonly Work[]): Work[] {
  const edge = (key: string, csl: Partial<CslItem>): Work => ({
    ...base[0]!,
    citationKey: key,
    csl: { id: key, type: 'book', title: `Edge case ${key}`, ...csl },
  });
  const smith = [{ family: 'Smithers', given: 'J.' }];
  const out: Work[] = [
    edge('pressa', { author: smith, issued: { 'date-parts': [[2001]] }, status: 'in press' }),
    edge('pressb', { author: smith, issued: { 'date-parts': [[2005]] }, status: 'in press' }),
    edge('literal', { author: [{ literal: 'Smithers' }], issued: { 'date-parts': [[2001]] } }),
    edge('edited', { editor: smith, issued: { literal: '2001' } }),
    edge('nodatea', { author: [{ family: 'Nodate', given: 'A.' }] }),
    edge('nodateb', { author: [{ family: 'Nodate', given: 'A.' }] }),
    edge('titlea', { title: 'Migration report', issued: { 'date-parts': [[2003]] } }),
    edge('titleb', { title: 'Migration report', issued: { 'date-parts': [[2003]] } }),
    edge('law', {
      type: 'legislation',
      title: 'Smithers Act',
      author: [{ literal: 'Parliament' }],
      issued: { 'date-parts': [[2001]] },
    }),
  ];
  base.slice(0, 40).forEach((w, i) => {
    const author = w.csl.author ?? [{ family: 'Anon' }];
    const variant = (n: number, csl: Partial<CslItem>): Work => ({
      ...w,
      citationKey: `${w.citationKey}v${n}`,
      csl: { ...w.csl, ...csl, title: `${w.csl.title ?? ''} (${n})` },
    });
    out.push(variant(1, {}));
    if (i % 2 === 0) out.push(variant(2, {}));
    if (i % 3 === 0 && author[0]?.family) {
      out.push(variant(3, { author: [{ ...author[0], given: 'Zed' }, ...author.slice(1)] }));
    }
    if (i % 5 === 0)
      out.push(variant(4, { author: [...author, { family: 'Extra', given: 'E.' }] }));
  });
  return out;
}

function same(style: StyleId, works: readonly Work[], fast: StyleEngine): void {
  const reference = new StyleEngine(style, undefined, 'bibliography', true);
  reference.register(items(works));
  fast.register(items(works));
  for (const format of ['text', 'html'] as const) {
    const want = reference.bibliography(format);
    const got = fast.bibliography(format);
    expect(got.ids).toEqual(want.ids);
    expect(got.entries).toEqual(want.entries);
    expect(got.hangingIndent).toBe(want.hangingIndent);
  }
}

// citeproc renders a few hundred entries per test, twice: slow on a busy machine.
describe('the fast bibliography path gives what plain citeproc gives', { timeout: 90_000 }, () => {
  it.each(STYLE_IDS)('for the bundled works in %s', (style) => {
    same(style, bundled(), new StyleEngine(style, undefined, 'bibliography'));
  });

  const generated = generateWorks(300, 2024);
  const colliding = collisions(generated);
  expect(colliding.length).toBeGreaterThan(60);

  it.each(['apa', 'chicago-author-date'] as const)(
    'for 300 generated works and colliding variants in %s',
    (style) => {
      same(style, [...generated, ...colliding], new StyleEngine(style, undefined, 'bibliography'));
    },
  );

  it.each(['harvard', 'mla'] as const)('for 120 generated and colliding works in %s', (style) => {
    same(
      style,
      [...generated.slice(0, 80), ...colliding.slice(0, 40)],
      new StyleEngine(style, undefined, 'bibliography'),
    );
  });

  it('across calls whose works change (entries reused, year letters moving)', () => {
    const fast = new StyleEngine('apa', undefined, 'bibliography');
    const a = [...generated.slice(0, 60), ...colliding.slice(0, 25)];
    const b = [...generated.slice(30, 100), ...colliding.slice(10, 40)];
    const edited = a.map((w, i) =>
      i % 7 === 0 ? { ...w, csl: { ...w.csl, title: `${w.csl.title ?? ''}, revised` } } : w,
    );
    // A twin of a work that had no year letter gives both letters; removing it takes them away.
    const twin = { ...a[0]!, citationKey: `${a[0]!.citationKey}twin` };
    const steps = [
      a.slice(0, 40),
      a,
      [...a, twin],
      b,
      a,
      edited,
      [...a, twin],
      a,
      a.slice(0, 40),
      b,
    ];
    for (const set of steps) same('apa', set, fast);
  });

  it('the plain engine, reused, also gets every year letter right', () => {
    const plain = new StyleEngine('apa', undefined, 'bibliography', true);
    const a = [...generated.slice(0, 60), ...colliding.slice(0, 30)];
    const b = [...generated.slice(30, 90), ...colliding.slice(10, 40)];
    for (const set of [a, b, a]) same('apa', set, plain);
  });

  it('through formatBibliography, repeated and with changed sets', () => {
    const reference = (works: readonly Work[]): string => {
      const engine = new StyleEngine('apa', undefined, 'bibliography', true);
      engine.register(items(works));
      return engine
        .bibliography('text')
        .entries.map((e) => `${e}\n`)
        .join('');
    };
    const a = generated.slice(0, 150);
    const b = [...generated.slice(100, 200), ...colliding.slice(0, 20)];
    for (const set of [a, b, a, b]) {
      expect(formatBibliography(set, { style: 'apa', format: 'text' })).toBe(reference(set));
    }
  });
});
