/** Prints the benchmark tables and checks the figures against issue 6's targets. */
import type { SizeFigures } from './sizes';

/** The formats figures results.json carries (import of a 10k .bib, exports). */
export interface FormatsFigures {
  import10k: {
    scholionMs: number;
    citationJsMs: number;
    scholionCpuMs?: number;
    inThreadMs?: number;
    planMs?: number;
    planInWorkerMs?: number;
    writeMs?: number;
    storedBytesPerWork?: number;
    storedBytesPerWorkV2?: number;
    historyBytesPerWorkV2?: number;
    storedBytesPerWorkV1?: number;
    cpu?: {
      importMs?: number;
      planMs: number;
      parseMs: number;
      writeMs: number;
      citationJsMs: number;
      ratio: number;
    };
  };
  export: {
    bibtex10kMs: number;
    apa1kMs: number;
    apa1kColdMs?: number;
    apa1kCitationJsMs?: number;
  };
  bibliography?: {
    others: Record<string, { keptMs: number; coldMs: number; identical: boolean }>;
    apa: { identical: boolean };
  };
}

export interface TargetCheck {
  name: string;
  value: number;
  limit: number;
  unit: string;
  /** "below" for times and memory; "atLeast" for speed-up ratios. */
  kind: 'below' | 'atLeast';
  met: boolean;
}

function check(
  name: string,
  value: number,
  limit: number,
  unit: string,
  kind: TargetCheck['kind'] = 'below',
): TargetCheck {
  return { name, value, limit, unit, kind, met: kind === 'below' ? value < limit : value >= limit };
}

/** Issue 6's targets (peak RSS: issue 15's, < 400 MB), for the largest size and the formats. */
export function checkTargets(
  sizes: Record<string, SizeFigures>,
  formats: FormatsFigures | null,
): TargetCheck[] {
  const out: TargetCheck[] = [];
  const largest = Object.keys(sizes)
    .map(Number)
    .sort((a, b) => b - a)[0];
  const big = largest === undefined ? undefined : sizes[String(largest)];
  if (big && largest !== undefined) {
    const at = `${largest / 1000}k`;
    out.push(check(`open ${at}`, big.openMs, 1000, 'ms'));
    out.push(check(`search p95 ${at}`, big.searchP95Ms, 16, 'ms'));
    out.push(check(`note save ${at}`, big.noteSaveMs, 20, 'ms'));
    out.push(check(`peak RSS ${at}`, big.peakRssMB, 400, 'MB'));
  }
  if (formats) {
    const ratio = formats.import10k.citationJsMs / formats.import10k.scholionMs;
    out.push(check('import 10k .bib vs citation-js', Number(ratio.toFixed(1)), 5, '×', 'atLeast'));
    out.push(check('export 10k BibTeX', formats.export.bibtex10kMs, 500, 'ms'));
    out.push(check('APA bibliography 1k', formats.export.apa1kMs, 300, 'ms'));
  }
  return out;
}

const cell = (v: number | string, width: number): string => String(v).padStart(width);

/** The per-size table: one row per library size. */
export function printSizesTable(sizes: Record<string, SizeFigures>): void {
  const columns: [string, (f: SizeFigures) => number][] = [
    ['openMs', (f) => f.openMs],
    ['openCpuMs', (f) => f.openCpuMs],
    ['searchIndexMs', (f) => f.searchIndexMs],
    ['searchMedianMs', (f) => f.searchMedianMs],
    ['searchP95Ms', (f) => f.searchP95Ms],
    ['noteSaveMs', (f) => f.noteSaveMs],
    ['peakRssMB', (f) => f.peakRssMB],
    ['peakRssRestartMB', (f) => f.peakRssRestartMB],
  ];
  console.log('\nLibrary sizes (each in a fresh process, data on disk)');
  console.log(
    `  ${'works'.padStart(8)}${columns.map(([name]) => cell(name, name.length + 2)).join('')}`,
  );
  for (const [size, f] of Object.entries(sizes)) {
    const row = columns.map(([name, get]) => cell(get(f), name.length + 2)).join('');
    console.log(`  ${cell(Number(size).toLocaleString('en'), 8)}${row}`);
  }
  for (const [size, f] of Object.entries(sizes)) {
    console.log(
      `  ${size}: open = services ${f.servicesMs} ms + works list ${f.listWorksMs} ms` +
        ` (opens ${f.openSamplesMs.join(', ')} ms; ${f.openRebuildingCachesMs} ms when the .cache is rebuilt)` +
        ` (${f.works} works listed; module load ${f.importsMs} ms not counted);` +
        ` RSS after open ${f.rssAfterOpenMB} MB; note save p95 ${f.noteSaveP95Ms} ms;` +
        ` search ready ${f.searchIndexRestartMs} ms after a restart's open began (index kept)` +
        (f.generateMs ? `; generated in ${f.generateMs} ms` : ''),
    );
  }
}

/** Import and export rows, with the ratio to citation-js. */
export function printFormatsTable(formats: FormatsFigures | null, error?: string): void {
  console.log('\nImport / export');
  if (!formats) {
    console.log(`  not measured: the import/export benchmark failed (${error ?? 'no figures'})`);
    return;
  }
  const { scholionMs, citationJsMs, inThreadMs, planMs, writeMs } = formats.import10k;
  const asApp =
    inThreadMs !== undefined ? ' (as the app: parsed in a worker, to files fsynced)' : '';
  console.log(`  ${'import 10k .bib (Scholion)'.padEnd(34)} ${cell(scholionMs, 9)} ms${asApp}`);
  const { planInWorkerMs } = formats.import10k;
  if (planInWorkerMs !== undefined) {
    console.log(
      `  ${'  of it parse + duplicate check + keys'.padEnd(34)} ${cell(planInWorkerMs, 9)} ms    (the entries cross threads by structured clone)`,
    );
  }
  if (inThreadMs !== undefined && planMs !== undefined && writeMs !== undefined) {
    console.log(
      `  ${'  in this thread (the CLI)'.padEnd(34)} ${cell(inThreadMs, 9)} ms    (plan ${planMs} ms + write ${writeMs} ms)`,
    );
  } else if (planMs !== undefined && writeMs !== undefined) {
    console.log(`  ${'  parse + duplicate check + keys'.padEnd(34)} ${cell(planMs, 9)} ms`);
    console.log(`  ${'  write into the data folder'.padEnd(34)} ${cell(writeMs, 9)} ms`);
  }
  const { storedBytesPerWork: lean, storedBytesPerWorkV1: whole } = formats.import10k;
  const { storedBytesPerWorkV2: v2, historyBytesPerWorkV2: history } = formats.import10k;
  if (lean !== undefined && whole !== undefined) {
    const before = v2 !== undefined ? `version 2: ${v2} B + ${history ?? '?'} B of history; ` : '';
    console.log(
      `  ${'  stored bytes per work'.padEnd(34)} ${cell(lean, 9)} B    (${before}${whole} B as version 1)`,
    );
  }
  console.log(
    `  ${'import 10k .bib (citation-js)'.padEnd(34)} ${cell(citationJsMs, 9)} ms` +
      `   ratio ${(citationJsMs / scholionMs).toFixed(1)}×`,
  );
  const { cpu } = formats.import10k;
  if (cpu !== undefined) {
    const total = cpu.importMs ?? Number((cpu.planMs + cpu.writeMs).toFixed(1));
    console.log(
      `  ${'  in CPU time (load-robust)'.padEnd(34)} ${cell(total, 9)} ms` +
        `   (all threads; in this thread: plan ${cpu.planMs}, of it parse ${cpu.parseMs}; write ${cpu.writeMs}; citation-js ${cpu.citationJsMs}) ratio ${cpu.ratio.toFixed(1)}×`,
    );
  }
  console.log(`  ${'export 10k BibTeX'.padEnd(34)} ${cell(formats.export.bibtex10kMs, 9)} ms`);
  const { apa1kMs, apa1kColdMs, apa1kCitationJsMs } = formats.export;
  const same = (ok: boolean | undefined) => (ok === false ? '  OUTPUT DIFFERS' : '');
  console.log(
    `  ${'APA bibliography 1k (kept entries)'.padEnd(34)} ${cell(apa1kMs, 9)} ms` +
      (apa1kCitationJsMs ? `   citation-js ${apa1kCitationJsMs} ms` : '') +
      (apa1kColdMs ? `, first render ${apa1kColdMs} ms` : '') +
      same(formats.bibliography?.apa.identical),
  );
  for (const [style, f] of Object.entries(formats.bibliography?.others ?? {})) {
    console.log(
      `  ${`${style} bibliography 1k (kept)`.padEnd(34)} ${cell(f.keptMs, 9)} ms` +
        `   first render ${f.coldMs} ms${same(f.identical)}`,
    );
  }
}

/** One line per target: met or missed, and by how much. */
export function printTargets(checks: readonly TargetCheck[]): void {
  console.log('\nTargets (issue 6)');
  for (const c of checks) {
    const goal = c.kind === 'below' ? `< ${c.limit} ${c.unit}` : `≥ ${c.limit}${c.unit}`;
    const by =
      c.met || c.kind === 'atLeast'
        ? ''
        : ` (over by ${(c.value - c.limit).toFixed(c.unit === 'MB' ? 0 : 1)} ${c.unit})`;
    console.log(
      `  ${c.met ? 'met   ' : 'MISSED'}  ${c.name.padEnd(32)} ${String(c.value).padStart(9)} ${c.unit.padEnd(3)} target ${goal}${by}`,
    );
  }
}
