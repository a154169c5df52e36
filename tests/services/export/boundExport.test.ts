// BoundExport: a bound file is rewritten when its works change (a burst of changes writes once),
// and never overwritten when it was edited outside Scholion; overwriting then keeps a .bak. Links
// are written through and permissions kept.
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { BoundExport, type BoundExportOptions } from '../../../src/services/export';
import type { WrittenRecord } from '../../../src/store';
import { work } from '../../fixtures/works';

const dir = mkdtempSync(join(tmpdir(), 'scholion-bound-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

let n = 0;
const first = work({ id: 'a2020', title: 'First', issued: { 'date-parts': [[2020]] } });
const second = work({ id: 'b2021', title: 'Second' });

/** A bound file with counters: how often the works were rendered and the file written. */
function bound(works: () => Work[], more: Partial<BoundExportOptions> = {}) {
  const path = more.path ?? join(dir, `refs-${++n}.bib`);
  const records: WrittenRecord[] = [];
  let renders = 0;
  const file = new BoundExport({
    path,
    format: 'bibtex',
    works: async () => {
      renders++;
      return works();
    },
    onWritten: (r) => void records.push(r),
    ...more,
  });
  return { file, path, records, renders: () => renders };
}

describe('BoundExport keeps a .bib file in sync', () => {
  it('rewrites the file atomically when the list changes, and only then', async () => {
    let works = [first];
    const { file, path, records } = bound(() => works);
    expect(await file.sync()).toBe('written');
    expect(readFileSync(path, 'utf8')).toContain('@book{a2020,');
    expect(await file.sync()).toBe('unchanged'); // nothing changed: the file is not touched
    works = [first, second];
    expect(await file.sync()).toBe('written');
    expect(readFileSync(path, 'utf8')).toContain('@book{b2021,');
    expect(records).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('folds a burst of changes into one write', async () => {
    vi.useFakeTimers();
    let works = [first];
    const { file, path, records, renders } = bound(() => works, { debounceMs: 50 });
    await file.sync();
    works = [first, second];
    file.changed();
    file.changed();
    file.changed();
    await vi.advanceTimersByTimeAsync(200);
    vi.useRealTimers();
    await file.sync(); // waits for the debounced write, then finds nothing to do
    expect(renders()).toBe(3); // the first sync, the burst's one write, the last sync
    expect(records).toHaveLength(2);
    expect(readFileSync(path, 'utf8')).toContain('@book{b2021,');
  });

  it('leaves a file edited outside Scholion as it is, and overwrites it on request with a .bak', async () => {
    let works = [first];
    const { file, path, records } = bound(() => works);
    await file.sync();
    const edited = `${readFileSync(path, 'utf8')}\n@misc{byhand, title = {Typed in JabRef}}\n`;
    writeFileSync(path, edited);
    works = [first, second];
    expect(await file.sync()).toBe('edited-outside');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(file.editedAt?.getTime()).toBe(Math.floor(statSync(path).mtimeMs));
    expect(records).toHaveLength(1);

    expect(await file.overwrite()).toBe('written');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(edited);
    expect(readFileSync(path, 'utf8')).toContain('@book{b2021,');
    expect(file.editedAt).toBeNull();
    works = [second];
    expect(await file.sync()).toBe('written'); // in sync again
  });

  it('after a restart, checks the file against the record of the last write', async () => {
    let works = [first];
    const earlier = bound(() => works);
    await earlier.file.sync();
    const record = earlier.records[0]!;
    works = [first, second];
    // Unchanged since Scholion wrote it: caught up.
    const next = bound(() => works, { path: earlier.path, written: record });
    expect(await next.file.sync()).toBe('written');
    // Edited while Scholion was closed: left alone.
    writeFileSync(earlier.path, 'my own bibliography\n');
    const later = bound(() => works, { path: earlier.path, written: next.records[0]! });
    expect(await later.file.sync()).toBe('edited-outside');
    expect(readFileSync(earlier.path, 'utf8')).toBe('my own bibliography\n');
    // No record (a binding of an older Scholion): the file is written only if it is ours.
    const unknown = bound(() => works, { path: earlier.path, written: null });
    expect(await unknown.file.sync()).toBe('edited-outside');
  });

  it('adopts a file that already holds what it would write, without rewriting it', async () => {
    const { file: a, path } = bound(() => [first]);
    await a.sync();
    const mtime = statSync(path).mtimeMs;
    const b = bound(() => [first], { path });
    expect(await b.file.sync()).toBe('unchanged');
    expect(b.records).toHaveLength(1);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('replaces a file the user chose for a new binding, keeping the old one as .bak', async () => {
    const path = join(dir, 'chosen.bib');
    writeFileSync(path, 'what was there\n');
    const { file } = bound(() => [first], { path, replaceExisting: true });
    expect(await file.sync()).toBe('written');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('what was there\n');
  });

  it('writes through a symbolic link and keeps the file’s permissions', async () => {
    const real = join(dir, 'real.bib');
    const link = join(dir, 'link.bib');
    let works = [first];
    const { file } = bound(() => works, { path: real });
    await file.sync();
    chmodSync(real, 0o640);
    symlinkSync(real, link);
    const viaLink = bound(() => works, { path: link, written: file.record });
    works = [first, second];
    expect(await viaLink.file.sync()).toBe('written');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('@book{b2021,');
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });
});
