/**
 * Bibliographies assembled from entries prepared earlier (csl/assemble.ts) against plain citeproc
 * rendering the same works in one go: byte for byte the same, in every bundled style, output
 * format and locale, with works that read alike (year letters), share their names ("———" in
 * Chicago and MLA), have none, or tie in the sort; and after an edit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CslItem, Work } from '../../../src/core/bibliography/model';
import {
  formatBibliographyFrom,
  prepareEntries,
  STYLE_IDS,
  type FormatOptions,
  type PreparedEntry,
} from '../../../src/core/formats';
import { StyleEngine } from '../../../src/core/formats/csl/engine';
import { joinEntries, uniqueItems } from '../../../src/core/formats/format';
import { loadBundledCsl } from '../../../src/services/export';
import { generateWorks } from '../../../bench/formatsData';
import { bundled } from '../../fixtures/works';

beforeAll(() => loadBundledCsl());

/** What citeproc renders for the works in one go, on an engine that skips nothing. */
function plain(works: readonly Work[], opts: FormatOptions): string {
  const engine = new StyleEngine(opts.style, opts.locale, 'bibliography', true);
  engine.register(uniqueItems(works));
  const { entries, hangingIndent } = engine.bibliography(opts.format);
  return joinEntries(entries, opts.format, hangingIndent);
}

function variant(base: Work, key: string, csl: Partial<CslItem>): Work {
  return { ...base, citationKey: key, csl: { ...base.csl, ...csl, id: key } };
}

/** Works that read alike, share names, have no names or tie in every sort key. */
function awkward(base: readonly Work[]): Work[] {
  const out: Work[] = [];
  base.slice(0, 30).forEach((w, i) => {
    out.push(variant(w, `${w.citationKey}same`, { title: `${w.csl.title ?? ''} again` }));
    if (i % 3 === 0) {
      out.push(variant(w, `${w.citationKey}later`, { issued: { 'date-parts': [[2030 + i]] } }));
    }
  });
  const book = base[0]!;
  out.push(variant(book, 'nonamea', { author: [], editor: [], title: 'Annual report' }));
  out.push(variant(book, 'nonameb', { author: [], editor: [], title: 'Annual report' }));
  out.push(variant(book, 'twin1', { title: 'Twin', author: [{ family: 'Tie', given: 'T.' }] }));
  out.push(variant(book, 'twin2', { title: 'Twin', author: [{ family: 'Tie', given: 'T.' }] }));
  return out;
}

const generated = generateWorks(160, 2031);
const works = [...bundled(), ...generated, ...awkward(generated)];

describe('a bibliography assembled from prepared entries', { timeout: 120_000 }, () => {
  it.each(STYLE_IDS)('is what citeproc renders in %s (text, HTML, RTF)', (style) => {
    for (const format of ['text', 'html', 'rtf'] as const) {
      const opts = { style, format };
      const kept = new Map<string, PreparedEntry>();
      // A first call prepares every entry; a second one is assembled from them alone.
      expect(formatBibliographyFrom(works, opts, kept)).toBe(plain(works, opts));
      expect(kept.size).toBeGreaterThan(works.length / 2);
      expect(formatBibliographyFrom(works, opts, kept)).toBe(plain(works, opts));
    }
  });

  it('is what citeproc renders in another locale, and for a subset', () => {
    const opts = { style: 'chicago-author-date', format: 'text', locale: 'en-GB' } as const;
    const kept = new Map<string, PreparedEntry>();
    prepareEntries(works, opts, kept);
    expect(formatBibliographyFrom(works, opts, kept)).toBe(plain(works, opts));
    const subset = works.filter((_, i) => i % 3 === 0);
    expect(formatBibliographyFrom(subset, opts, kept)).toBe(plain(subset, opts));
  });

  it('shows an edit (the edited work is prepared again, not taken from the cache)', () => {
    const opts = { style: 'apa', format: 'text' } as const;
    const kept = new Map<string, PreparedEntry>();
    prepareEntries(works, opts, kept);
    const edited = works.map((w, i) =>
      i % 25 === 0 ? variant(w, w.citationKey, { title: `Revised: ${w.csl.title ?? ''}` }) : w,
    );
    const before = kept.size;
    const out = formatBibliographyFrom(edited, opts, kept);
    expect(out).toBe(plain(edited, opts));
    expect(out).toContain('Revised: ');
    expect(kept.size).toBeGreaterThan(before);
  });

  it('never uses an entry kept for another record, even under the same key', () => {
    const opts = { style: 'mla', format: 'text' } as const;
    const kept = new Map<string, PreparedEntry>();
    prepareEntries(works, opts, kept);
    // Every record changed, every key the same: entries are found by the record's digest.
    const renamed = works.map((w) => ({ ...w, csl: { ...w.csl, title: `${w.csl.title ?? ''}.` } }));
    expect(formatBibliographyFrom(renamed, opts, kept)).toBe(plain(renamed, opts));
  });
});
