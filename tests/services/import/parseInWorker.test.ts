/**
 * Reading imported files in a worker thread (parseInWorker.ts): the same entries, problems and
 * plan as in this thread; several files through one worker; a worker that dies fails the parse
 * with a message instead of hanging.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MemoryWorkStore,
  parseInThread,
  planImport,
  workerParser,
} from '../../../src/services/import';
import { parseBibliographyFile, type ImportFormat } from '../../../src/core/formats';
import {
  ENTRIES_PER_REPLY,
  PARSE_WORKER_YOUNG_GENERATION_MB,
  replyParts,
  type ParseReply,
} from '../../../src/services/import/parseInWorker';
import { generateBib } from '../../../bench/formatsBib';
import { bundled } from '../../fixtures/works';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** The import fixtures of each format, and the hand-kept .bib of 3,305 entries of the evals. */
const FIXTURE_DIRS = ['bib', 'ris', 'csl-json', 'import'].map((d) =>
  join(REPO, 'tests/fixtures', d),
);
FIXTURE_DIRS.push(join(REPO, '..', 'shared', 'evals', 'bib'));
const formatOf = (file: string): ImportFormat =>
  file.endsWith('.ris') ? 'ris' : file.endsWith('.json') ? 'csl-json' : 'bibtex';

const WORKER = new URL('../../../src/services/import/bibParseWorker.ts', import.meta.url);
/** The worker module run from source under tsx (the app starts electron-vite's bundle). */
const start = (options: WorkerOptions) =>
  new Worker(new URL('./tsWorker.mjs', import.meta.url), {
    ...options,
    workerData: { tsWorkerFile: WORKER.href },
  });

const parser = workerParser(start);
afterAll(() => parser.close());

const broken =
  '@article{ok1, title={Fine}, year=2001}\n' +
  '@book{nobrace, title={Never closed, year=2002\n' +
  '@misc{ok2, author={Dupont, J.}, title={Also fine}}\n';

describe('parsing in a worker thread', { timeout: 60_000 }, () => {
  it('reads what the in-thread parser reads, entry for entry and problem for problem', async () => {
    // Strictly equal: no property missing or undefined on one side.
    for (const text of [generateBib(300, 11), broken]) {
      expect(await parser(text)).toStrictEqual(await parseInThread(text));
    }
    const ris = 'TY  - BOOK\nTI  - A book\nPY  - 2001\nER  - \n';
    expect(await parser(ris, 'ris')).toStrictEqual(await parseInThread(ris, 'ris'));
  });

  it("sends a large file's entries in parts, received whole and in order", async () => {
    const text = generateBib(2 * ENTRIES_PER_REPLY + 500, 13);
    const replies: ParseReply[] = [];
    const counted = workerParser((options) => {
      const worker = start(options);
      worker.on('message', (reply: ParseReply) => replies.push(reply));
      return worker;
    });
    const inThread = await parseInThread(text);
    expect(inThread.entries.length).toBeGreaterThan(2 * ENTRIES_PER_REPLY);
    expect(await counted(text)).toStrictEqual(inThread);
    expect(replies.map((r) => ('entries' in r ? r.entries.length : 'result'))).toEqual([
      ENTRIES_PER_REPLY,
      ENTRIES_PER_REPLY,
      'result',
    ]);
    // Two files at once through one worker: each gets its own entries.
    const other = generateBib(ENTRIES_PER_REPLY + 10, 14);
    const [a, b] = await Promise.all([counted(text), counted(other)]);
    expect(a).toStrictEqual(inThread);
    expect(b).toStrictEqual(await parseInThread(other));
    await counted.close();
  });

  it('reads every fixture of every format as the in-thread parser does', async () => {
    const files = FIXTURE_DIRS.flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => /\.(bib|ris|json)$/.test(name))
        .map((name) => join(dir, name)),
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const format = formatOf(file);
      const inThread = await parseInThread(text, format).catch((e: Error) => e.message);
      const inWorker = await parser(text, format).catch((e: Error) => e.message);
      if (typeof inThread === 'string') expect(inWorker, file).toContain(inThread);
      else expect(inWorker, file).toStrictEqual(inThread);
    }
  });

  it('plans the same import', async () => {
    const text = generateBib(200, 12);
    const store = new MemoryWorkStore(bundled());
    const inWorker = await planImport(text, store, { file: 'a.bib', parse: parser });
    const inThread = await planImport(text, store, { file: 'a.bib' });
    expect(inWorker).toEqual(inThread);
  });

  it('splits a result into parts of ENTRIES_PER_REPLY entries, the rest with the result', () => {
    const result = parseBibliographyFile(generateBib(ENTRIES_PER_REPLY * 2 + 1, 15), 'bibtex');
    const n = result.entries.length;
    for (const count of [0, 1, ENTRIES_PER_REPLY, ENTRIES_PER_REPLY + 1, n]) {
      const part = { ...result, entries: result.entries.slice(0, count) };
      const replies = replyParts(7, part);
      const last = replies.at(-1)!;
      if (!('result' in last)) throw new Error('the last reply carries no result');
      expect(last.result.errors).toBe(result.errors);
      expect(last.result.format).toBe(result.format);
      const sent = replies.flatMap((r) => ('entries' in r ? r.entries : []));
      expect(replies.every((r) => r.id === 7)).toBe(true);
      expect(
        replies.slice(0, -1).every((r) => 'entries' in r && r.entries.length === ENTRIES_PER_REPLY),
      ).toBe(true);
      expect([...sent, ...last.result.entries]).toEqual(part.entries);
      expect(last.result.entries.length).toBeLessThanOrEqual(ENTRIES_PER_REPLY);
      expect(replies).toHaveLength(Math.max(1, Math.ceil(count / ENTRIES_PER_REPLY)));
    }
  });

  it('fails a parse whose worker dies, and starts a new worker for the next one', async () => {
    let started = 0;
    const dying = workerParser((options) => {
      started++;
      const worker = start(options);
      if (started === 1) void worker.terminate();
      return worker;
    });
    await expect(dying(broken)).rejects.toThrow(/file reader stopped/);
    expect((await dying(broken)).entries).toHaveLength(2);
    await dying.close();
  });

  it('starts its worker with a young generation sized for a large file', async () => {
    const given: WorkerOptions[] = [];
    const sized = workerParser((options) => {
      given.push(options);
      return start(options);
    });
    expect((await sized(broken)).entries).toHaveLength(2);
    await sized.close();
    expect(given).toHaveLength(1);
    expect(given[0]!.resourceLimits?.maxYoungGenerationSizeMb).toBe(
      PARSE_WORKER_YOUNG_GENERATION_MB,
    );
  });

  it('stops a worker left idle, and starts a new one for the next file', async () => {
    const exits: Promise<void>[] = [];
    const idle = workerParser(
      (options) => {
        const worker = start(options);
        exits.push(new Promise((resolve) => worker.once('exit', () => resolve())));
        return worker;
      },
      { idleMs: 50 },
    );
    expect(await idle(broken)).toEqual(await parseInThread(broken));
    await exits[0];
    expect(await idle(broken)).toEqual(await parseInThread(broken));
    expect(exits).toHaveLength(2);
    await idle.close();
  });

  it('keeps its worker while files come one after another', async () => {
    let started = 0;
    const kept = workerParser((options) => {
      started++;
      return start(options);
    });
    for (let i = 0; i < 3; i++) expect((await kept(broken)).entries).toHaveLength(2);
    expect(started).toBe(1);
    await kept.close();
  });
});
