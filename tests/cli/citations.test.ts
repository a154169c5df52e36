import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedCitation } from '../../src/core/citations/model';
import { runCli, type CliRun } from './runCli';

interface CitationsJson {
  document: { title: string; authors: { name: string; affiliation: string | null }[] };
  /** The CLI prints each citation with the model's fields (see src/core/citations/model.ts). */
  citations: ResolvedCitation[];
  claims: { id: string; text: string; citationIds: string[] }[];
  works: { id: string; citationKey: string; title: string; type: string }[];
}

describe('cli citations --json on the bundled paper', () => {
  let run: CliRun;
  let out: CitationsJson;
  beforeAll(async () => {
    run = await runCli(['citations', '--json']);
    out = JSON.parse(run.stdout) as CitationsJson;
  });

  it('exits 0 with the document metadata', () => {
    expect(run.code).toBe(0);
    expect(out.document.title).toBe(
      'Multilayered Migration Governance: The Partnership Approach in the EU and Beyond',
    );
    expect(out.document.authors.map((a) => a.name)).toEqual(['Sandra Lavenex', 'Marion Panizzon']);
  });

  it('finds the 34 citations counted by hand, every one resolved and in a claim', () => {
    expect(out.citations).toHaveLength(34);
    for (const c of out.citations) {
      expect(c.workId, c.raw).not.toBeNull();
      expect(c.claimId, c.raw).not.toBeNull();
      expect(out.claims.find((k) => k.id === c.claimId)?.citationIds).toContain(c.id);
    }
  });

  it('gives the documented shape for Betts 2011c: 41', () => {
    const c = out.citations.find((x) => x.raw === 'Betts 2011c: 41');
    expect(c).toMatchObject({
      authors: ['Betts'],
      etAl: false,
      year: '2011',
      yearSuffix: 'c',
      locator: '41',
      prefix: null,
      narrative: false,
      ibid: false,
      workId: 'betts2011c',
    });
    expect(c!.end).toBeGreaterThan(c!.start);
  });

  it('resolves ibid to the work it repeats, with its authors', () => {
    const ibids = out.citations.filter((c) => c.ibid);
    expect(ibids.map((c) => [c.authors, c.workId, c.locator])).toEqual([
      [['Abrahamsen'], 'abrahamsen2004', '1456'],
      [['IOM'], 'iom2003', '136, 173'],
    ]);
  });

  it('lists each cited work once with its key and CSL fields', () => {
    const keys = out.works.map((w) => w.citationKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('betts2011c');
    expect(keys).toContain('kohler2011');
    for (const w of out.works) {
      expect(w.id).toBe(w.citationKey);
      expect(w.title.length).toBeGreaterThan(0);
      expect(w.type.length).toBeGreaterThan(0);
    }
    const cited = new Set(out.citations.map((c) => c.workId));
    expect(cited.size).toBe(out.works.length);
  });
});

describe('cli citations on other input', () => {
  it('parses a FILE given as argument', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scholion-cli-'));
    const file = join(dir, 'essay.md');
    writeFileSync(
      file,
      '# An essay\n\nRegional processes spread (Betts 2011c: 41; Köhler 2011). Harrison (2002: 587) disagrees.\n',
    );
    const run = await runCli(['citations', file, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as CitationsJson;
    expect(out.citations.map((c) => c.workId)).toEqual([
      'betts2011c',
      'kohler2011',
      'harrison2002',
    ]);
    expect(out.claims).toHaveLength(2);
  });

  it('prints a readable table without --json', async () => {
    const run = await runCli(['citations']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Betts 2011c: 41\s+betts2011c/);
    expect(run.stdout).toMatch(/34 citations \(0 unresolved\)/);
  });

  it('fails with one line and a non-zero exit for a missing file', async () => {
    const run = await runCli(['citations', '/nonexistent/paper.md']);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('cannot read /nonexistent/paper.md: no such file');
    expect(run.stdout).toBe('');
  });

  it('rejects an unknown command with usage help', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command `frobnicate`');
  });
});
