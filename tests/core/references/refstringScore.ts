/**
 * A TypeScript port of the core of ../shared/evals/score_refstrings.py (field-level precision,
 * recall and F1 over author, year, title, container, volume, issue, page, DOI), so a test can hold
 * the shipped model to a floor on held-out lines without Python.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CslItem, CslName } from '../../../src/core/bibliography/model';

export interface GoldEntry {
  raw: string;
  author_segment?: string | string[];
  issued?: string;
  [field: string]: unknown;
}

/** The gold lines of a corpus in ../shared/evals/refstrings (repo root given). */
export function readGold(repoRoot: string, corpus: string): GoldEntry[] {
  const file = join(repoRoot, '..', 'shared', 'evals', 'refstrings', `${corpus}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldEntry);
}

function fold(s: unknown): string {
  let t = String(s ?? '')
    .normalize('NFKC')
    .toLowerCase();
  t = t.normalize('NFD').replace(/\p{M}/gu, '');
  t = t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  t = t.replace(/[‐‑‒–—−]/g, '-').replace(/\s*-\s*/g, '-');
  t = t.replace(/\s+/g, ' ').trim();
  return t.replace(/^[\s"'(]+|[\s.,;:"')]+$/g, '');
}

function year(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'object') {
    const parts = (v as { 'date-parts'?: unknown[][] })['date-parts'];
    if (parts?.[0]?.[0] != null && parts[0][0] !== '') return String(parts[0][0]);
    v = (v as { literal?: string }).literal ?? '';
  }
  return /(?:1[5-9]|20)\d\d/.exec(String(v))?.[0] ?? null;
}

const STOP = new Set('and et al eds ed edited by with und y in others editors editor'.split(' '));

function authorOk(segment: string, names: CslName[]): boolean {
  const fams: string[] = [];
  const words = new Set<string>();
  for (const n of names) {
    let f = n.family ?? n.literal ?? '';
    if (n['non-dropping-particle']) f = `${n['non-dropping-particle']} ${f}`;
    if (f) fams.push(fold(f));
    for (const x of [f, n.given ?? '', n['dropping-particle'] ?? '', n.suffix ?? '']) {
      const y = fold(x);
      for (const w of y.match(/[\p{L}]+/gu) ?? []) words.add(w);
      words.add(y.replace(/[\W_]+/gu, ''));
    }
  }
  if (!fams.length) return false;
  const seg = fold(segment).replace(/- /g, '-');
  let pos = 0;
  for (const f of fams) {
    const k = seg.indexOf(f, pos);
    if (k < 0) return false;
    pos = k + f.length;
  }
  const need = (seg.match(/[\p{L}]+/gu) ?? []).filter((w) => w.length >= 2 && !STOP.has(w));
  return need.every((w) => words.has(w));
}

const FIELDS = ['author', 'issued', 'title', 'container-title', 'volume', 'issue', 'page', 'DOI'];
const DOI_PREFIX = /^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/;

/** Field-level F1 of predictions against gold, as the Python scorer counts it (minus publisher). */
export function fieldF1(gold: readonly GoldEntry[], pred: readonly CslItem[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = pred[i]!;
    for (const f of FIELDS) {
      const gv =
        f === 'author'
          ? Array.isArray(g.author_segment)
            ? g.author_segment.join(' ; ')
            : (g.author_segment ?? null)
          : f === 'issued'
            ? year(g.issued)
            : g[f] == null || g[f] === ''
              ? null
              : fold(Array.isArray(g[f]) ? (g[f] as string[]).join(' ') : g[f]);
      const raw = f === 'issued' ? year(p.issued) : p[f];
      const pv =
        f === 'author'
          ? p.author?.length
            ? p.author
            : null
          : raw == null || raw === ''
            ? null
            : f === 'DOI'
              ? fold(raw).replace(DOI_PREFIX, '')
              : fold(raw);
      if (gv == null) {
        if (pv != null) fp++;
        continue;
      }
      if (pv == null) {
        fn++;
        continue;
      }
      const ok =
        f === 'author'
          ? authorOk(gv, pv as CslName[])
          : f === 'page'
            ? gv.replace(/\s/g, '') === (pv as string).replace(/\s/g, '')
            : f === 'DOI'
              ? gv.replace(DOI_PREFIX, '') === pv
              : gv === pv;
      if (ok) tp++;
      else {
        fp++;
        fn++;
      }
    }
  });
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return (2 * precision * recall) / (precision + recall || 1);
}
