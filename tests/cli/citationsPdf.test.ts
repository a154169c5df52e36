import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const pdf = (name: string): string => join('tests/fixtures/pdf', name);

interface PdfCitationsJson {
  document: {
    source: string;
    title: string;
    pages: number;
    passages: { kind: string; page: number; text: string }[];
    footnotes: { label: string; page: number }[];
  };
  references: {
    id: string;
    label: string | null;
    raw: string;
    page: number;
    csl: { issued?: unknown };
  }[];
  style: string;
  citations: { raw: string; page: number | null; referenceId: string | null }[];
}

// The CLI starts as a child process (tsx) and reads the PDF in a worker: slow on a loaded machine.
describe('cli citations on a PDF', { timeout: 90_000 }, () => {
  it('prints the paper with pages and its reference list parsed', async () => {
    const run = await runCli(['citations', pdf('two-column-numeric.pdf'), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as PdfCitationsJson;
    expect(out.document).toMatchObject({ source: 'pdf', pages: 2 });
    expect(out.document.title).toBe('Adaptive Water Governance in Transboundary River Basins');
    expect(
      out.document.passages.find((p) => p.text.startsWith('Adaptive governance is not'))?.page,
    ).toBe(2);
    expect(out.document.footnotes.map((f) => f.label)).toEqual(['1', '2']);
    expect(out.references).toHaveLength(16);
    expect(out.references[0]).toMatchObject({ id: 'r1', label: '1', page: 2 });
    expect(out.references[0]!.csl.issued).toEqual({ 'date-parts': [[1990]] });
    expect(out.style).toBe('numeric');
    expect(out.citations.map((c) => c.referenceId)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'r5',
      'r6',
      'r7',
      'r8',
      'r9',
      'r10',
      'r11',
      'r12',
      'r13',
      'r14',
      'r15',
      'r12',
      'r16',
    ]);
    expect(out.citations.every((c) => c.page === 1)).toBe(true);
  });

  it('links raised citation numbers to their entries', async () => {
    const run = await runCli(['citations', pdf('superscript-numeric.pdf'), '--json']);
    const out = JSON.parse(run.stdout) as PdfCitationsJson;
    expect(out.citations.map((c) => [c.raw, c.referenceId])).toEqual([
      ['1,2', 'r1'],
      ['1,2', 'r2'],
      ['3', 'r3'],
      ['4–6', 'r4'],
      ['4–6', 'r5'],
      ['4–6', 'r6'],
      ['7', 'r7'],
    ]);
  });

  it('refuses an encrypted PDF in one line', async () => {
    const run = await runCli(['citations', pdf('encrypted.pdf'), '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/encrypted \(password-protected\)/);
  });

  it('refuses a file that is neither text nor PDF, naming what it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scholion-kind-'));
    const zip = join(dir, 'some.zip');
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]));
    const run = await runCli(['citations', zip, '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/some\.zip is a ZIP archive.*, not a paper/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
