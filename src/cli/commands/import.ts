/**
 * `import FILE [--data-dir DIR] [--format bibtex|ris|csl-json] [--json] [--partial]
 *  [--on-duplicate skip|merge|keep-both]`: imports a .bib, .ris or CSL-JSON file into the library.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { bibliographyFileText, IMPORT_FORMAT_IDS, type ImportFormat } from '../../core/formats';
import {
  applyImport,
  describePlan,
  ImportError,
  openLibrary,
  planImport,
  type DuplicateDecision,
  type ImportPlan,
  type ImportResult,
} from '../../services/import';
import { fail, type CliIo } from '../io';

const DECISIONS: readonly DuplicateDecision[] = ['skip', 'merge', 'keep-both'];
const FORMATS: readonly ImportFormat[] = IMPORT_FORMAT_IDS;
const USAGE = `Usage: import FILE [--data-dir DIR] [--format ${IMPORT_FORMAT_IDS.join('|')}] [--json] [--partial] [--on-duplicate ${DECISIONS.join('|')}]`;

/** Runs the command. */
export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        'data-dir': { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        partial: { type: 'boolean', default: false },
        'on-duplicate': { type: 'string', default: 'skip' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return fail(io, `${error instanceof Error ? error.message : String(error)}. ${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return fail(io, `import takes one FILE. ${USAGE}`, 2);
  const file = positionals[0]!;
  const decision = values['on-duplicate'] as DuplicateDecision;
  if (!DECISIONS.includes(decision)) {
    return fail(io, `--on-duplicate must be one of ${DECISIONS.join(', ')}.`, 2);
  }
  if (values.format !== undefined && !FORMATS.includes(values.format as ImportFormat)) {
    return fail(io, `--format must be one of ${FORMATS.join(', ')}.`, 2);
  }
  let text: string;
  try {
    const read = bibliographyFileText(await readFile(file));
    if (!read.ok) return fail(io, `cannot import ${file}: ${read.message}`);
    text = read.text;
    if (read.warning) io.stderr(`${file}: ${read.warning}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      io,
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`,
    );
  }

  const dataDir = values['data-dir'];
  const library = await openLibrary({ dataDir });
  try {
    const plan = await planImport(text, library.store, {
      file: basename(file),
      ...(values.format ? { format: values.format as ImportFormat } : {}),
    });
    if (!dataDir) {
      report(
        io,
        values.json,
        plan,
        null,
        'Nothing was written: give --data-dir DIR to import into a library.',
      );
      return plan.errors.length > 0 ? 1 : 0;
    }
    try {
      const result = await applyImport(plan, decision, library.store, {
        allowPartial: values.partial,
      });
      report(io, values.json, plan, result, null);
      return 0;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      if (values.json) report(io, true, plan, null, error.message);
      else io.stderr(`${describePlan(plan)}\n`);
      return fail(io, error.code === 'import-has-errors' ? nothingImported(plan) : error.message);
    }
  } finally {
    await library.close();
  }
}

/** Why nothing was imported; --partial is offered only when some entries could be read. */
function nothingImported(plan: ImportPlan): string {
  const n = plan.errors.length;
  const unreadable = `${n} entr${n === 1 ? 'y' : 'ies'} could not be read (listed above)`;
  const readable = plan.items.length;
  if (readable === 0) return `nothing was imported: ${unreadable} and none could. Fix the file.`;
  return `nothing was imported: ${unreadable}. Fix the file, or add --partial to import the ${readable} readable one${readable === 1 ? '' : 's'}.`;
}

function report(
  io: CliIo,
  json: boolean,
  plan: ImportPlan,
  result: ImportResult | null,
  note: string | null,
): void {
  if (json) {
    const items = plan.items.map((i) => ({
      line: i.entry.line,
      key: i.entry.key,
      assignedKey: i.key,
      status: i.status,
      ...(i.status === 'duplicate' ? { duplicateOf: i.duplicateOf, reason: i.reason } : {}),
      warnings: i.entry.warnings,
    }));
    io.stdout(
      `${JSON.stringify({ file: plan.file, format: plan.format, items, errors: plan.errors, result, note }, null, 2)}\n`,
    );
    return;
  }
  io.stdout(`${describePlan(plan)}\n`);
  if (result) {
    io.stdout(
      `Imported: ${result.added.length} added, ${result.merged.length} merged, ${result.skipped.length} skipped` +
        (result.leftOut.length ? `, ${result.leftOut.length} unreadable left out` : '') +
        '.\n',
    );
  }
  if (note) io.stdout(`${note}\n`);
}
