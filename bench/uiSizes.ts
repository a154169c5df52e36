/** The UI benchmark over the generated libraries (10k and 100k works) and its table. */
import { ensureDataset } from './dataset';
import { benchUi, type UiFigures } from './ui';

/** The sizes the UI is measured at (10k only with --quick). */
export const UI_SIZES = [10_000, 100_000] as const;

/** A size whose run failed: what went wrong, instead of its figures. */
export interface UiFailure {
  error: string;
}

/**
 * Measures the UI on each size's generated library (generated first when missing), or only on
 * the sizes of `only` (`--ui-size 100000`). A size that
 * fails (the page crashed, a step timed out) says why; the other sizes are still measured.
 */
export async function benchUiSizes(
  dataRoot: string,
  quick: boolean,
  only?: readonly number[],
): Promise<Record<string, UiFigures | UiFailure>> {
  const out: Record<string, UiFigures | UiFailure> = {};
  const sizes = only?.length ? only : UI_SIZES.filter((s) => !quick || s <= 10_000);
  for (const size of sizes) {
    process.stdout.write(`\nmeasuring the UI at ${size.toLocaleString('en')} works…`);
    const dataset = await ensureDataset(dataRoot, size);
    try {
      out[String(size)] = await benchUi(dataset.dir, size);
      process.stdout.write(' done');
    } catch (error) {
      out[String(size)] = { error: error instanceof Error ? error.message : String(error) };
      process.stdout.write(' failed');
    }
  }
  process.stdout.write('\n');
  return out;
}

const ROWS: [string, keyof UiFigures, string][] = [
  ['open to paper painted', 'openPaintMs', 'ms'],
  ['bibliography first rows', 'bibliographyFirstPaintMs', 'ms'],
  ['search ready after paint', 'searchReadyMs', 'ms'],
  ['filter key median', 'filterKeyMedianMs', 'ms'],
  ['filter key p95', 'filterKeyP95Ms', 'ms'],
  ['filter key max', 'filterKeyMaxMs', 'ms'],
  ['search key median', 'searchKeyMedianMs', 'ms'],
  ['search key p95', 'searchKeyP95Ms', 'ms'],
  ['search key max', 'searchKeyMaxMs', 'ms'],
  ['palette key median', 'paletteKeyMedianMs', 'ms'],
  ['palette key p95', 'paletteKeyP95Ms', 'ms'],
  ['palette key max', 'paletteKeyMaxMs', 'ms'],
  ['table scroll frame p95', 'scrollFrameP95Ms', 'ms'],
  ['table scroll frame max', 'scrollFrameMaxMs', 'ms'],
  ['notes first rows (switch)', 'notesSwitchMs', 'ms'],
  ['notes scroll frame p95', 'notesScrollFrameP95Ms', 'ms'],
  ['notes scroll frame max', 'notesScrollFrameMaxMs', 'ms'],
  ['notes search key median', 'notesSearchKeyMedianMs', 'ms'],
  ['notes search key p95', 'notesSearchKeyP95Ms', 'ms'],
  ['long tasks while scrolling', 'longTasks', ''],
  ['longest of them', 'longestTaskMs', 'ms'],
  ['citation card open', 'cardOpenMs', 'ms'],
  ['switch view (slowest)', 'switchViewMs', 'ms'],
  ['switch view (median)', 'switchViewMedianMs', 'ms'],
];

/** One row per figure, one column per library size. */
export function printUiTable(results: Record<string, UiFigures | UiFailure>): void {
  const ui: Record<string, UiFigures> = {};
  for (const [size, r] of Object.entries(results)) {
    if ('error' in r)
      console.log(`\n  UI at ${size} works not measured: ${r.error.split('\n')[0]}`);
    else ui[size] = r;
  }
  const sizes = Object.keys(ui);
  console.log('\nWhat the user feels (Chromium, built renderer; input event to painted frame)');
  console.log(
    `  ${''.padEnd(30)}${sizes.map((s) => `${Number(s).toLocaleString('en')} works`.padStart(16)).join('')}`,
  );
  for (const [label, field, unit] of ROWS) {
    const cells = sizes.map((s) => `${String(ui[s]![field])} ${unit}`.padStart(16));
    console.log(`  ${label.padEnd(30)}${cells.join('')}`);
  }
  for (const s of sizes) console.log(`  ${s}: slowest calls ${ui[s]!.slowestCalls.join(', ')}`);
  for (const s of sizes) console.log(`  ${s}: slowest keys ${ui[s]!.slowestKeys.join(', ')}`);
}
