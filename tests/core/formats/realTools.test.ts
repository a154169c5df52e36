/**
 * The exports checked by the tools that will read them: pandoc --citeproc, biber (datamodel
 * validation) and bibtex, on the bundled bibliography and on Debian's biblatex-examples.bib.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { exportWorks, parseBibliographyFile } from '../../../src/core/formats';
import { foldText } from '../../../src/services/import';
import { biblatexExamplesPath, bundled, worksFrom } from '../../fixtures/works';

const has = (tool: string): boolean => spawnSync('which', [tool]).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'scholion-tools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const examples = biblatexExamplesPath();
const sets: [string, () => Work[]][] = [['bundled bibliography', bundled]];
if (examples)
  sets.push([
    'biblatex-examples.bib',
    () => worksFrom(parseBibliographyFile(readFileSync(examples, 'utf8')).entries),
  ]);

/**
 * Runs a tool to its end without blocking the test's event loop, so the test timeout (not a
 * fixed kill of the tool) decides how long is too long; `signal` (the test's) stops the tool
 * when the test times out.
 */
function run(
  cmd: string,
  args: string[],
  signal: AbortSignal,
): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: dir, signal, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, out: `${stdout}\n${stderr}` }));
  });
}

// biber is a Perl program that loads its datamodel at each start: one run on the bundled
// bibliography took 4.8 s and the two runs on biblatex-examples 11.8 s at load average 11.5 on
// the 2 shared cores (past vitest's 20 s under heavier load). pandoc and bibtex are quicker
// (about 1.5 s) but just as slowed by load. Tests running a tool get 120 s.
const TOOL_TIMEOUT = { timeout: 120_000 };

/** Pandoc's citation syntax: keys with other characters than its own go in braces. */
const pandocCite = (key: string): string =>
  /^\w([\w:.#$%&\-+?<>~/]*\w)?$/.test(key) ? `[@${key}]` : `[@{${key}}]`;

describe.skipIf(!has('pandoc'))('pandoc --citeproc reads the exports', TOOL_TIMEOUT, () => {
  for (const [name, load] of sets) {
    const works = load();
    for (const format of ['bibtex', 'biblatex', 'csl-json'] as const) {
      it(`${name} as ${format}: every key found, every title printed`, async ({ signal }) => {
        const base = `${name.replace(/\W+/g, '-')}-${format}`;
        const bib = join(dir, `${base}.${format === 'csl-json' ? 'json' : 'bib'}`);
        writeFileSync(bib, exportWorks(works, format));
        writeFileSync(
          join(dir, `${base}.md`),
          works.map((w) => `Cite ${pandocCite(w.citationKey)}.`).join('\n\n'),
        );
        const r = await run(
          'pandoc',
          ['--citeproc', `--bibliography=${bib}`, '-t', 'plain', '--wrap=none', `${base}.md`],
          signal,
        );
        expect(r.status, r.out).toBe(0);
        expect(r.out).not.toMatch(/not found/i);
        expect(r.out).not.toMatch(/\[WARNING\]/);
        if (name === 'bundled bibliography') {
          const printed = foldText(r.out);
          for (const w of works) expect(printed).toContain(foldText(String(w.csl.title)));
        }
      });
    }
  }
});

describe.skipIf(!has('biber'))(
  'biber validates the BibLaTeX export against its datamodel',
  TOOL_TIMEOUT,
  () => {
    const warnings = async (
      file: string,
      signal: AbortSignal,
    ): Promise<{ errors: string[]; warnings: string[] }> => {
      const r = await run(
        'biber',
        ['--tool', '--validate-datamodel', '--output-file=/dev/null', file],
        signal,
      );
      expect(r.status, r.out).toBe(0);
      const lines = r.out.split('\n');
      return {
        errors: lines.filter((l) => /^ERROR/.test(l)),
        warnings: lines.filter((l) => /^WARN/.test(l)).map((l) => l.replace(/\(\S+\.bib\)/, '')),
      };
    };

    it('bundled bibliography: no errors', async ({ signal }) => {
      writeFileSync(join(dir, 'bundled-biber.bib'), exportWorks(bundled(), 'biblatex'));
      expect((await warnings('bundled-biber.bib', signal)).errors).toEqual([]);
    });

    it.skipIf(!examples)(
      'biblatex-examples.bib: no errors, and no more warnings than the original',
      async ({ signal }) => {
        const text = readFileSync(examples!, 'utf8');
        writeFileSync(join(dir, 'examples-original.bib'), text);
        writeFileSync(
          join(dir, 'examples-export.bib'),
          exportWorks(worksFrom(parseBibliographyFile(text).entries), 'biblatex'),
        );
        // The two runs are independent: side by side they take the time of the slower.
        const [original, exported] = await Promise.all([
          warnings('examples-original.bib', signal),
          warnings('examples-export.bib', signal),
        ]);
        expect(exported.errors).toEqual([]);
        expect(exported.warnings.length).toBeLessThanOrEqual(original.warnings.length);
        expect([...exported.warnings].sort()).toEqual([...original.warnings].sort());
      },
    );
  },
);

describe.skipIf(!has('bibtex'))(
  'bibtex runs on an .aux citing every key of the BibTeX export',
  TOOL_TIMEOUT,
  () => {
    for (const [name, load] of sets) {
      it(`${name}: no errors`, async ({ signal }) => {
        const works = load();
        const base = `${name.replace(/\W+/g, '-')}-bibtex`;
        writeFileSync(join(dir, `${base}.bib`), exportWorks(works, 'bibtex'));
        writeFileSync(
          join(dir, `${base}.aux`),
          `\\relax\n${works.map((w) => `\\citation{${w.citationKey}}`).join('\n')}\n\\bibstyle{plain}\n\\bibdata{${base}}\n`,
        );
        const r = await run('bibtex', [base], signal);
        expect(r.out).not.toMatch(/error message/);
        expect(r.status === 0 || r.status === 1).toBe(true);
        const bbl = readFileSync(join(dir, `${base}.bbl`), 'utf8');
        for (const w of works) expect(bbl).toContain(`\\bibitem{${w.citationKey}}`);
        if (name === 'bundled bibliography') expect(r.out).not.toMatch(/Warning--/);
      });
    }
  },
);
