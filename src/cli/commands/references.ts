/** `references FILE [--json]`: parses FILE's reference strings, one per line, into CSL-JSON. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseReferences } from '../../core/references/parse';
import { describeFsError } from '../fsErrors';
import { fail, type CliIo } from '../io';
import { renderTable } from '../table';

/** Runs the command. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) return fail(io, 'references takes one FILE.', 2);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    return fail(io, `cannot read ${file}: ${describeFsError(error)}`);
  }
  // One reference per line; a final newline does not make an extra (empty) entry.
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const parsed = parseReferences(lines);
  if (values.json) {
    const body = parsed.map((p) => `  ${JSON.stringify({ raw: p.raw, csl: p.csl })}`).join(',\n');
    io.stdout(parsed.length ? `[\n${body}\n]\n` : '[]\n');
    return 0;
  }
  const rows = parsed.map((p, i) => [
    String(i + 1),
    p.csl.type,
    (p.csl.author ?? []).map((a) => a.family ?? a.literal ?? '').join('; '),
    String(p.csl.issued?.['date-parts']?.[0]?.[0] ?? p.csl.issued?.literal ?? ''),
    String(p.csl.title ?? ''),
  ]);
  io.stdout(`${renderTable(['#', 'type', 'authors', 'year', 'title'], rows)}\n`);
  return 0;
}
