import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

describe('cli references', () => {
  it('prints one { raw, csl } per input line, in order, one per output line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scholion-refs-'));
    const file = join(dir, 'refs.txt');
    const lines = [
      'Betts, A. (2011). Survival migration. Ithaca, NY: Cornell University Press.',
      '',
      '[3] J. P. Collman, "Oxygen binding," J. Am. Chem. Soc., vol. 97, pp. 1427–1439, 1975.',
    ];
    writeFileSync(file, `${lines.join('\r\n')}\n`);
    const { code, stdout, stderr } = await runCli(['references', file, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { raw: string; csl: Record<string, unknown> }[];
    expect(parsed.map((p) => p.raw)).toEqual(lines);
    expect(parsed.map((p) => Object.keys(p))).toEqual([
      ['raw', 'csl'],
      ['raw', 'csl'],
      ['raw', 'csl'],
    ]);
    expect(parsed[0]!.csl).toMatchObject({ type: 'book', publisher: 'Cornell University Press' });
    expect(parsed[2]!.csl).toMatchObject({ 'citation-number': '3', volume: '97' });
    // One entry per output line, between the brackets.
    expect(stdout.trim().split('\n')).toHaveLength(lines.length + 2);
  }, 60_000);

  it('gives a body named first its whole name as the author, as a paper’s reference list does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scholion-refs-'));
    const file = join(dir, 'refs.txt');
    writeFileSync(
      file,
      'United Nations High Commissioner for Refugees. (2019). Global trends: Forced displacement in 2018. Geneva: UNHCR.\n',
    );
    const { code, stdout } = await runCli(['references', file, '--json']);
    expect(code).toBe(0);
    const [entry] = JSON.parse(stdout) as { csl: Record<string, unknown> }[];
    expect(entry!.csl).toMatchObject({
      author: [{ literal: 'United Nations High Commissioner for Refugees' }],
      title: 'Global trends: Forced displacement in 2018',
    });
  }, 60_000);

  it('says which file it cannot read', async () => {
    const { code, stderr } = await runCli(['references', '/no/such/refs.txt', '--json']);
    expect(code).toBe(1);
    expect(stderr).toBe('scholion: cannot read /no/such/refs.txt: no such file\n');
  }, 60_000);
});
