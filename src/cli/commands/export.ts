/**
 * `export --format bibtex|biblatex|ris|csl-json|text|html|rtf [--style S] [--locale L]
 *  [--list NAME] [--keys K1,K2] [--out FILE] [--data-dir DIR]`: works as a file or a bibliography.
 */
import { parseArgs } from 'node:util';
import type { Work } from '../../core/bibliography/model';
import {
  EXPORT_FORMATS,
  LOCALE_IDS,
  STYLE_IDS,
  OUTPUT_FORMAT_IDS,
  type ExportFormat,
  type ExportOptions,
  type LocaleId,
  type StyleId,
} from '../../core/formats';
import { renderWorks, writeExportFile, type ExportRequest } from '../../services/export';
import { openLibrary } from '../../services/import';
import { fail, type CliIo } from '../io';

const FORMATTED = OUTPUT_FORMAT_IDS;
type Formatted = (typeof FORMATTED)[number];

/** Runs the command. */
export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        style: { type: 'string', default: 'apa' },
        locale: { type: 'string' },
        list: { type: 'string' },
        keys: { type: 'string' },
        out: { type: 'string' },
        'data-dir': { type: 'string' },
      },
      allowPositionals: false,
    });
  } catch (error) {
    return fail(io, `${error instanceof Error ? error.message : String(error)}. ${USAGE}`, 2);
  }
  const { values } = parsed;
  const format = values.format;
  if (!format) return fail(io, `export needs --format. ${USAGE}`, 2);
  const isFile = (EXPORT_FORMATS as readonly string[]).includes(format);
  if (!isFile && !(FORMATTED as readonly string[]).includes(format)) {
    return fail(
      io,
      `unknown format \`${format}\`; use one of ${[...EXPORT_FORMATS, ...FORMATTED].join(', ')}.`,
      2,
    );
  }
  if (!(STYLE_IDS as readonly string[]).includes(values.style)) {
    return fail(io, `unknown style \`${values.style}\`; use one of ${STYLE_IDS.join(', ')}.`, 2);
  }
  if (values.locale !== undefined && !(LOCALE_IDS as readonly string[]).includes(values.locale)) {
    return fail(io, `unknown locale \`${values.locale}\`; use one of ${LOCALE_IDS.join(', ')}.`, 2);
  }
  if (values.list !== undefined && !values['data-dir']) {
    return fail(io, 'reading lists live in a data folder: give --data-dir DIR with --list.', 2);
  }

  const library = await openLibrary({ dataDir: values['data-dir'] });
  try {
    let works = await library.store.allWorks();
    let options: ExportOptions = {};
    if (values.list !== undefined) {
      const picked = await listWorks(library.userData!, values.list, works);
      if (typeof picked === 'string') return fail(io, picked);
      ({ works, options } = picked);
    }
    if (values.keys !== undefined) {
      const picked = pickKeys(
        works,
        values.keys
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      );
      if (typeof picked === 'string') return fail(io, picked);
      works = picked;
    }
    const request: ExportRequest = isFile
      ? { format: format as ExportFormat }
      : {
          format: 'formatted',
          style: values.style as StyleId,
          output: format as Formatted,
          ...(values.locale ? { locale: values.locale as LocaleId } : {}),
        };
    const output = renderWorks(works, request, undefined, options);
    if (values.out) {
      await writeExportFile(values.out, output);
      io.stderr(`Wrote ${works.length} work${works.length === 1 ? '' : 's'} to ${values.out}.\n`);
    } else io.stdout(output);
    return 0;
  } finally {
    await library.close();
  }
}

const USAGE = `Usage: export --format ${[...EXPORT_FORMATS, ...FORMATTED].join('|')} [--style ${STYLE_IDS.join('|')}] [--locale ${LOCALE_IDS.join('|')}] [--list NAME] [--keys K1,K2] [--out FILE] [--data-dir DIR]`;

async function listWorks(
  userData: NonNullable<Awaited<ReturnType<typeof openLibrary>>['userData']>,
  name: string,
  works: Work[],
): Promise<{ works: Work[]; options: ExportOptions } | string> {
  const lists = await userData.lists.all();
  const list = lists.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (!list) {
    const names = lists.map((l) => `"${l.name}"`).join(', ');
    return `no reading list named "${name}"${names ? ` (lists: ${names})` : ' (there are no lists yet)'}.`;
  }
  const byKey = new Map(works.map((w) => [w.citationKey, w]));
  return {
    works: list.items.map((i) => byKey.get(i.workKey)).filter((w): w is Work => w !== undefined),
    // The list's order, and each item's status and comment where the format has a place.
    options: {
      keepOrder: true,
      itemNotes: new Map(
        list.items.map((i) => [i.workKey, { status: i.status, comment: i.comment }]),
      ),
    },
  };
}

function pickKeys(works: Work[], keys: string[]): Work[] | string {
  const byKey = new Map(works.map((w) => [w.citationKey, w]));
  const missing = keys.filter((k) => !byKey.has(k));
  if (missing.length)
    return `no work with key ${missing.map((k) => `\`${k}\``).join(', ')} in the library.`;
  return keys.map((k) => byKey.get(k)!);
}
