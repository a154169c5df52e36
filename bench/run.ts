/**
 * `npm run bench [-- --quick]`: prints Scholion's benchmark figures and writes bench/results.json.
 * `-- --ui` measures only what the user feels (bench/ui.ts, on the built renderer in Chromium) and
 * replaces the "ui" figures of an existing results.json; the full run measures them too.
 * `-- --ui-size 100000` measures the UI at that size only (sizes separated by commas).
 * Sizes 1k, 10k and 100k (only 1k and 10k with --quick) are generated into bench/data/<size>/
 * (reused while the generator and seed are the same) and each is measured in a fresh process.
 * `-- --cpu-prof` also writes a CPU profile of each size's process to bench/data/profiles/.
 * `-- --only parser,pdf` measures only the named sections (parser, references, papers, library,
 * pdf, sizes, formats, ui) and writes them into a results.json of their own, bench/results-only.json,
 * so that a partial run never overwrites the full run's figures.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchFormats } from './formats';
import { LIBRARY_SIZES } from './generate';
import { benchPapers } from './papers';
import { benchPapersLibrary } from './papersLibrary';
import { benchParser } from './parser';
import { benchPdf } from './pdf';
import { benchReferences } from './references';
import {
  checkTargets,
  printFormatsTable,
  printSizesTable,
  printTargets,
  type FormatsFigures,
} from './report';
import { benchSize, type SizeFigures } from './sizes';
import { benchUiSizes, printUiTable } from './uiSizes';

const started = performance.now();
const quick = process.argv.includes('--quick');
const profile = process.argv.includes('--cpu-prof');
const uiOnly = process.argv.includes('--ui');
const uiSizeArg = process.argv.indexOf('--ui-size');
/** `--ui-size 100000`: the UI measured at that size only (comma-separated sizes allowed). */
const uiSizes =
  uiSizeArg >= 0
    ? (process.argv[uiSizeArg + 1] ?? '')
        .split(',')
        .map(Number)
        .filter((n) => n > 0)
    : undefined;
const onlyArg = process.argv.indexOf('--only');
const only =
  onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',').filter(Boolean)) : null;
/** Whether a section is measured in this run (every section unless `--only` names some). */
const measures = (section: string): boolean => only === null || only.has(section);
const here = import.meta.dirname;
const root = join(here, '..');
const dataRoot = join(here, 'data');

function printFigures(title: string, figures: Record<string, number | string>): void {
  console.log(`\n${title}`);
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(28)} ${value}`);
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const results: Record<string, unknown> = {
  machine: {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: cpus().length,
    loadAverageAtStart: load(),
  },
  quick,
  startedAt: new Date().toISOString(),
};

if (uiOnly) {
  const file = join(here, 'results.json');
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  const ui = await benchUiSizes(dataRoot, quick, uiSizes);
  printUiTable(ui);
  const machine = { ...(results.machine as object), loadAverageAtEnd: load() };
  writeFileSync(file, `${JSON.stringify({ ...previous, ui, uiMachine: machine }, null, 2)}\n`);
  console.log(`\nUI figures written to ${file}`);
  process.exit(0);
}

if (measures('parser')) {
  const parser = benchParser(quick);
  printFigures('Parser (bundled paper; synthetic text for throughput)', { ...parser });
  results.parser = parser;
}

if (measures('references')) {
  const referenceStrings = benchReferences(root, quick);
  printFigures('Reference strings (1,000 real entries -> CSL-JSON; target < 1 s)', {
    ...referenceStrings,
  });
  results.referenceStrings = referenceStrings;
}

// A 30-page paper in each citation style: citations, reference list and links (target < 200 ms).
if (measures('papers')) {
  const papers = benchPapers(root, quick);
  console.log('\nPapers (30 pages each: citations + reference list + links)');
  for (const [file, f] of Object.entries(papers)) {
    console.log(
      `  ${file.padEnd(42)} ${String(f.citations).padStart(5)} citations ${String(f.references).padStart(3)} entries  median ${f.medianMs} ms  p95 ${f.p95Ms} ms  CPU ${f.cpuMedianMs} ms`,
    );
  }
  results.papers = papers;
}

// A library of papers: a 30-page Markdown paper added (< 300 ms); 1,000 papers opened with the
// papers list ready (< 1 s), peak memory with every paper's text searchable (< 800 MB).
if (measures('library'))
  try {
    const library = await benchPapersLibrary(root, quick);
    printFigures('Library of papers (add, open 1,000; medians)', {
      add30PagesMs: library.add30PagesMs,
      open1000PapersMs: library.open1000PapersMs,
      peakRss1000PapersMB: library.peakRss1000PapersMB,
      index1000PapersMs: library.index1000PapersMs,
      peakRss1000PapersColdMB: library.peakRss1000PapersColdMB,
      index1000PapersColdMs: library.index1000PapersColdMs,
    });
    results.papers = { ...(results.papers as Record<string, unknown> | undefined), ...library };
  } catch (error) {
    results.papersLibraryError = error instanceof Error ? error.message : String(error);
  }

// PDF papers (30 and 500 pages): file to laid-out document, references parsed.
if (measures('pdf'))
  try {
    const pdf = await benchPdf(here);
    printFigures('PDF papers (two columns; extraction in a worker thread)', { ...pdf });
    results.papers = { ...(results.papers as Record<string, unknown> | undefined), ...pdf };
  } catch (error) {
    results.pdfError = error instanceof Error ? error.message : String(error);
  }

const sizes: Record<string, SizeFigures> = {};
const profileDir = join(dataRoot, 'profiles');
if (profile) mkdirSync(profileDir, { recursive: true });
for (const size of LIBRARY_SIZES.filter((s) => measures('sizes') && (!quick || s <= 10_000))) {
  process.stdout.write(`\nmeasuring ${size.toLocaleString('en')} works…`);
  sizes[String(size)] = await benchSize(size, {
    dataRoot,
    resourcesDir: join(root, 'resources'),
    nodeFlags: profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  process.stdout.write(' done');
}
process.stdout.write('\n');
if (measures('sizes')) {
  results.sizes = sizes;
  printSizesTable(sizes);
}

// Import of a 10k .bib (vs citation-js), BibTeX export of 10k works, APA bibliography of 1k.
// A failure there is reported, and the other figures are still written.
let formats: FormatsFigures | null = null;
if (measures('formats')) {
  try {
    formats = await benchFormats();
    Object.assign(results, formats);
  } catch (error) {
    results.formatsError = error instanceof Error ? error.message : String(error);
  }
  printFormatsTable(formats, results.formatsError as string | undefined);
}

// What the user feels, in Chromium on the built renderer (needs `npm run build` first).
if (measures('ui'))
  try {
    const ui = await benchUiSizes(dataRoot, quick, uiSizes);
    results.ui = ui;
    printUiTable(ui);
  } catch (error) {
    results.uiError = error instanceof Error ? error.message : String(error);
    console.log(`\nUI not measured: ${results.uiError as string}`);
  }

if (only === null) {
  const targets = checkTargets(sizes, formats);
  results.targets = targets;
  printTargets(targets);
}

const totalS = (performance.now() - started) / 1000;
results.totalSeconds = Number(totalS.toFixed(1));
(results.machine as Record<string, unknown>).loadAverageAtEnd = load();
mkdirSync(here, { recursive: true });
const resultsFile = join(here, only === null ? 'results.json' : 'results-only.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\nwhole run ${totalS.toFixed(1)} s (load average ${load()} on ${cpus().length} CPUs);` +
    ` wrote ${resultsFile}`,
);
