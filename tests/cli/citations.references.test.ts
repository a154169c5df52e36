// `citations FILE --json` on papers with a reference list: the references, the style, and each
// citation's reference entry and number, added to what the command printed before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './runCli';

interface Json {
  style: string;
  references: {
    id: string;
    label: string | null;
    raw: string;
    start: number;
    end: number;
    csl: Record<string, unknown>;
  }[];
  citations: {
    id: string;
    raw: string;
    referenceId: string | null;
    number: number | null;
    start: number;
    end: number;
    workId: string | null;
    claimId: string | null;
  }[];
  claims: { citationIds: string[] }[];
  works: unknown[];
}

const paper = (name: string): string => join(repoRoot, 'tests/fixtures/papers', name);

async function citationsOf(file: string | null): Promise<Json> {
  const run = await runCli(file ? ['citations', file, '--json'] : ['citations', '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Json;
}

describe('cli citations FILE --json with a numbered reference list (plain text)', () => {
  let out: Json;
  let source: string;
  beforeAll(async () => {
    source = readFileSync(paper('ieee-edge-caching.txt'), 'utf8');
    out = await citationsOf(paper('ieee-edge-caching.txt'));
  });

  it('prints the style and every entry with its label, raw text, span and CSL-JSON', () => {
    expect(out.style).toBe('numeric');
    expect(out.references).toHaveLength(15);
    const first = out.references[0]!;
    expect(first).toMatchObject({ id: 'r1', label: '1' });
    expect(first.raw).toMatch(/^N\. Golrezaei, K\. Shanmugam/);
    expect(source.slice(first.start, first.end)).toMatch(/^\[1\] N\. Golrezaei[\s\S]*1107-1115\.$/);
    expect(first.csl).toHaveProperty('title');
  });

  it('gives each citation its number and entry, one per cited number', () => {
    const ranged = out.citations.filter((c) => c.raw === '[6]-[8]');
    expect(ranged.map((c) => [c.number, c.referenceId])).toEqual([
      [6, 'r6'],
      [7, 'r7'],
      [8, 'r8'],
    ]);
    for (const c of out.citations) expect(c.referenceId).toBe(`r${c.number}`);
  });
});

describe('cli citations FILE --json with an author-year reference list (Markdown)', () => {
  it('links the citations to entries and takes none from the list', async () => {
    const out = await citationsOf(paper('apa7-school-meals.md'));
    expect(out.style).toBe('author-year');
    expect(out.references).toHaveLength(14);
    expect(out.citations).toHaveLength(18);
    const byRaw = new Map(out.citations.map((c) => [c.raw, c]));
    expect(byRaw.get('UNICEF, 2021')?.referenceId).toBe('r10');
    expect(byRaw.get('Okafor (n.d.-a)')?.referenceId).toBe('r7');
    expect(byRaw.get('Sen, 1999')?.referenceId).toBeNull();
    for (const c of out.citations) {
      expect(c.number).toBeNull();
      expect(out.claims.some((k) => k.citationIds.includes(c.id))).toBe(true);
    }
  });
});

describe('cli citations --json on the bundled paper', () => {
  it('adds an empty reference list and null links, and nothing else changes', async () => {
    const out = await citationsOf(null);
    expect(out.style).toBe('author-year');
    expect(out.references).toEqual([]);
    expect(out.citations).toHaveLength(34);
    for (const c of out.citations) {
      expect(c).toMatchObject({ referenceId: null, number: null });
      expect(c.workId).not.toBeNull();
    }
  }, 60_000); // CLI processes: a tsx start each, slow on a loaded machine
});

describe('cli citations FILE (table) on a notes paper', () => {
  it('prints one row per citation, even for notes that run over lines, and the list summary', async () => {
    const run = await runCli(['citations', paper('chicago-notes-refugees.md')]);
    expect(run.code, run.stderr).toBe(0);
    const rows = run.stdout.split('\n').filter((l) => /^c\d+\s/.test(l));
    expect(rows).toHaveLength(11);
    expect(rows[7]).toMatch(
      /^c8\s+Loren B\. Landau, \*The Humanitarian Hangover: .* Western Tanzania\*/,
    );
    expect(run.stdout).toContain('Style: notes. Reference list: 7 entries, 1 cited nowhere (r6).');
  });
});
