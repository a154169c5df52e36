/**
 * Export fidelity on real .bib files: each file is imported, exported as BibTeX, BibLaTeX and
 * CSL-JSON, and every entry is rendered by `pandoc --citeproc` from the original and from each
 * export; the figure is the number of entries whose rendered reference differs. Not a test (it
 * needs pandoc and takes a minute): `npx tsx bench/exportFidelity.ts [FILE.bib ...]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Work } from '../src/core/bibliography/model';
import { exportWorks, parseBibliographyFile, type ExportFormat } from '../src/core/formats';
import { worksFrom } from '../tests/fixtures/works';

const DEFAULT_FILES = [
  join(import.meta.dirname, '../../shared/evals/bib/iridia-combined.bib'),
  '/usr/share/texlive/texmf-dist/bibtex/bib/biblatex/biblatex/biblatex-examples.bib',
];

/** Pandoc reads `.json` as CSL-JSON and `.bib` with its BibLaTeX reader (which reads classic BibTeX fields too): the original and both .bib exports go through the same reader, so a difference is the export's. */
const EXTENSION: Record<string, string> = {
  bibtex: 'bib',
  biblatex: 'bib',
  'csl-json': 'json',
};

const worksOf = (text: string): Work[] => worksFrom(parseBibliographyFile(text).entries);

/** Every key's rendered reference (pandoc's HTML `<div id="ref-KEY">`), by key. */
function render(dir: string, bibliography: string, keys: readonly string[]): Map<string, string> {
  const md = join(dir, 'cite.md');
  writeFileSync(md, `---\nnocite: |\n  ${keys.map((k) => `@{${k}}`).join(', ')}\n---\n`);
  const r = spawnSync(
    'pandoc',
    ['--citeproc', `--bibliography=${bibliography}`, '-t', 'html', '--wrap=none', md],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const out = new Map<string, string>();
  for (const m of r.stdout.matchAll(
    /<div id="ref-([^"]+)" class="csl-entry"[^>]*>([\s\S]*?)<\/div>/g,
  )) {
    // Visible text and emphasis only: pandoc wraps case-protected words in bare spans.
    out.set(m[1]!, m[2]!.replace(/<\/?span[^>]*>/g, '').trim());
  }
  return out;
}

function measure(file: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'scholion-fidelity-'));
  try {
    const text = readFileSync(file, 'utf8');
    const works = worksOf(text);
    const keys = works.map((w) => w.citationKey);
    const original = join(dir, 'original.bib');
    writeFileSync(original, text);
    const before = render(dir, original, keys);
    const line = [`${file.split('/').pop()}: ${works.length} entries, ${before.size} rendered`];
    for (const format of ['bibtex', 'biblatex', 'csl-json'] as ExportFormat[]) {
      const exported = join(dir, `export.${EXTENSION[format]}`);
      writeFileSync(exported, exportWorks(works, format));
      const after = render(dir, exported, keys);
      const differ = keys.filter((k) => before.get(k) !== after.get(k));
      line.push(`  ${format}: ${differ.length} render differently`);
      if (process.env.SHOW) {
        for (const k of differ.slice(0, Number(process.env.SHOW))) {
          line.push(`    ${k}\n      original: ${before.get(k)}\n      export:   ${after.get(k)}`);
        }
      }
    }
    if (format2Identical(works)) line.push('  biblatex: second round trip byte-identical');
    else line.push('  biblatex: second round trip DIFFERS');
    console.log(line.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function format2Identical(works: Work[]): boolean {
  const once = exportWorks(works, 'biblatex');
  const twice = exportWorks(worksOf(once), 'biblatex');
  return once === twice;
}

const files = process.argv.slice(2);
for (const file of files.length > 0 ? files : DEFAULT_FILES) {
  if (existsSync(file)) measure(file);
  else console.log(`${file}: not found, skipped`);
}
