import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportService, writeExportFile } from '../../../src/services/export';
import { MemoryWorkStore } from '../../../src/services/import';
import { NotFoundError } from '../../../src/services/errors';
import { bundled } from '../../fixtures/works';

const dir = mkdtempSync(join(tmpdir(), 'scholion-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ExportService', () => {
  const service = new ExportService(new MemoryWorkStore(bundled()));

  it('exports a selection by key (aliases too), in every format', async () => {
    const bib = await service.export(
      { kind: 'keys', keys: ['betts2011c', 'iamm2004'] },
      { format: 'biblatex' },
    );
    expect(bib).toContain('@incollection{betts2011c,');
    expect(bib).toContain('@report{fom2004,');
    const text = await service.export(
      { kind: 'keys', keys: ['betts2011c'] },
      { format: 'formatted', style: 'apa', output: 'text' },
    );
    expect(text).toMatch(/^Betts, A\. \(2011\)\. The Global Governance of Migration/);
  });

  it('names unknown keys', async () => {
    const failing = service.export(
      { kind: 'keys', keys: ['nope', 'betts2011c', 'nada'] },
      { format: 'ris' },
    );
    await expect(failing).rejects.toBeInstanceOf(NotFoundError);
    await expect(failing).rejects.toThrow('No work with key `nope`, `nada` in the library.');
  });

  it('exports the whole library', async () => {
    const all = await service.export({ kind: 'all' }, { format: 'csl-json' });
    expect(JSON.parse(all)).toHaveLength(bundled().length);
  });
});

describe('writeExportFile', () => {
  it('leaves the old file in place when a write fails', async () => {
    const path = join(dir, 'kept.bib');
    writeFileSync(path, 'old content');
    await expect(writeExportFile(join(path, 'x.bib'), 'new')).rejects.toThrow(
      /Could not write .*the old file was left as it was/,
    );
    expect(readFileSync(path, 'utf8')).toBe('old content');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
