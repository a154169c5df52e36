/**
 * `work add|edit|delete|merge|tag|rename|show|history|list`: the library's works from the command
 * line, over the same services the app uses (create with checks, edit with history, trash,
 * merge, tags). Every subcommand takes `--data-dir DIR` and `--json`; bad input gets a one-line
 * error naming the field, and nothing is written.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Work } from '../../core/bibliography/model';
import { UNTITLED, workLabel } from '../../core/bibliography';
import { parsePastedWork } from '../../core/works/paste';
import { formatTypedDate, formatTypedName } from '../../core/works/typedValues';
import { resolveWorkType } from '../../core/works/types';
import { TrashService } from '../../services/trash';
import { WorkService, mergeWorks, renameWorkKey, type MergePicks } from '../../services/works';
import { loadBundledWorks } from '../../services/workKeys';
import { fail, type CliIo } from '../io';
import { renderTable } from '../table';
import { COMMON_OPTIONS, shortTime, withUserData } from './userDataCli';
import { WORK_FILES_SUBCOMMANDS, WORK_FILES_USAGE, runWorkFiles } from './workFiles';

const USAGE = `Usage:
  work add --type T [--field k=v]... [--key KEY] [--tag T]...   (fields: CSL names or BibTeX names;
                                                                  authors "Family, Given; Family, Given")
  work add --from FILE|-          (a BibTeX/BibLaTeX entry, RIS, CSL-JSON, a DOI or ISBN, or a reference)
  work edit KEY [--type T] [--field k=v]... [--bib name=value]...   (k= with no value removes the field)
  work delete KEY...               (to the trash)   work delete --undo [KEY...]   (restore)
  work merge KEEP OTHER [--pick field=keep|other]...
  work tag KEY... +tag -tag
  work rename KEY NEWKEY
  work show KEY | work history KEY
  work list [--tag T] [--type T]
${WORK_FILES_USAGE}
All take --data-dir DIR and --json.
`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  type: { type: 'string' },
  field: { type: 'string', multiple: true },
  bib: { type: 'string', multiple: true },
  key: { type: 'string' },
  tag: { type: 'string', multiple: true },
  from: { type: 'string' },
  undo: { type: 'boolean', default: false },
  pick: { type: 'string', multiple: true },
} as const;

const SUBCOMMANDS = ['add', 'edit', 'delete', 'merge', 'tag', 'rename', 'show', 'history', 'list'];

/** `k=v` pairs as a record; throws a usage error naming the bad one. */
function pairs(list: readonly string[] | undefined, option: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const at = item.indexOf('=');
    if (at <= 0) throw new Error(`--${option} takes name=value (got \`${item}\`).`);
    out[item.slice(0, at).trim()] = item.slice(at + 1);
  }
  return out;
}

/** Tag changes (`+tag`, `-tag`) taken out of the arguments before they are parsed as options. */
function splitTagArgs(args: string[]): { rest: string[]; add: string[]; remove: string[] } {
  const add: string[] = [];
  const remove: string[] = [];
  const rest: string[] = [];
  for (const a of args) {
    if (/^\+./.test(a)) add.push(a.slice(1));
    else if (/^-[^-]/.test(a) && a !== '-h') remove.push(a.slice(1));
    else rest.push(a);
  }
  return { rest, add, remove };
}

/** Runs `work SUBCOMMAND ...` and returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (WORK_FILES_SUBCOMMANDS.includes(args[0] ?? '')) return runWorkFiles(args, io);
  const isTag = args[0] === 'tag';
  const tagArgs = isTag ? splitTagArgs(args) : { rest: args, add: [], remove: [] };
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  let fields: Record<string, string>;
  let bib: Record<string, string>;
  let picks: Record<string, string>;
  try {
    parsed = parseArgs({ args: tagArgs.rest, options: OPTIONS, allowPositionals: true });
    fields = pairs(parsed.values.field, 'field');
    bib = pairs(parsed.values.bib, 'bib');
    picks = pairs(parsed.values.pick, 'pick');
  } catch (error) {
    return fail(io, `${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  if (!SUBCOMMANDS.includes(sub))
    return fail(io, `unknown subcommand \`work ${sub}\`.\n${USAGE}`, 2);
  const needs = (n: number, what: string) =>
    rest.length === n ? null : fail(io, `work ${sub} takes ${what}.\n${USAGE}`, 2);
  if (sub === 'add' && rest.length)
    return fail(io, `unexpected argument \`${rest[0]}\`.\n${USAGE}`, 2);
  if (sub === 'add' && !values.from && !values.type) {
    return fail(io, `work add needs --type T (or --from FILE).\n${USAGE}`, 2);
  }
  if (['edit', 'show', 'history'].includes(sub)) {
    const bad = needs(1, 'one KEY');
    if (bad !== null) return bad;
  }
  if (sub === 'merge' || sub === 'rename') {
    const bad = needs(2, sub === 'merge' ? 'KEEP and OTHER' : 'KEY and NEWKEY');
    if (bad !== null) return bad;
  }
  if ((sub === 'tag' || (sub === 'delete' && !values.undo)) && rest.length === 0) {
    return fail(io, `work ${sub} needs at least one KEY.\n${USAGE}`, 2);
  }
  for (const [field, pick] of Object.entries(picks)) {
    if (pick !== 'keep' && pick !== 'other') {
      return fail(io, `--pick ${field}=${pick}: say keep or other.`, 2);
    }
  }
  const fromText =
    sub === 'add' && values.from
      ? await readSource(values.from).catch((error: Error) => error)
      : null;
  if (fromText instanceof Error) return fail(io, fromText.message);
  return withUserData(io, values, async (session, out) => {
    const works = new WorkService(session.store, loadBundledWorks());
    const trash = new TrashService(session.store, { works: works.works });
    switch (sub) {
      case 'add': {
        if (fromText !== null) {
          const pasted = parsePastedWork(fromText);
          for (const note of pasted.notes) io.stderr(`scholion: note: ${note}\n`);
          if (pasted.candidates.length === 0)
            return fail(io, `nothing to add was found in ${values.from}.`);
          const added: Work[] = [];
          for (const c of pasted.candidates) {
            const { id: _id, type, 'citation-key': _key, ...cslFields } = c.csl;
            void _id;
            void _key;
            const wanted = c.key && /^[a-z][a-z0-9]*$/.test(c.key) ? c.key : undefined;
            const taken = await works.works.takenKeys();
            added.push(
              (
                await works.create({
                  type,
                  fields: cslFields,
                  citationKey: wanted && !taken.has(wanted) ? wanted : undefined,
                  tags: values.tag,
                  source: c.source,
                })
              ).work,
            );
          }
          out(
            added,
            added
              .map((w) => `Added ${w.citationKey}: ${workLabel(w)} — ${w.csl.title ?? ''}\n`)
              .join(''),
          );
          return;
        }
        const result = await works.create({
          type: values.type as string,
          fields,
          citationKey: values.key,
          tags: values.tag,
        });
        out(
          result.work,
          `Added ${result.work.citationKey}: ${workLabel(result.work)} — ${result.work.csl.title ?? UNTITLED}\n`,
        );
        return;
      }
      case 'edit': {
        const bibFields = Object.fromEntries(
          Object.entries(bib).map(([k, v]) => [k, v === '' ? null : v]),
        );
        const result = await works.update(rest[0] as string, {
          type: values.type,
          fields,
          bibFields,
        });
        const what = result.changes.length
          ? result.changes.map((c) => c.field).join(', ')
          : 'nothing (the values were the same)';
        const kept = result.outsideType.length
          ? `\nKept outside its type: ${result.outsideType.join(', ')}.`
          : '';
        out(
          result,
          `Changed ${what} of ${result.work.citationKey} (revision ${result.work.revision ?? 1}).${kept}\n`,
        );
        return;
      }
      case 'delete': {
        if (values.undo) {
          const all = await trash.list('work');
          const chosen = rest.length ? all.filter((e) => rest.includes(e.itemId)) : all.slice(0, 1);
          if (chosen.length === 0)
            return fail(
              io,
              rest.length
                ? `none of ${rest.join(', ')} is in the trash.`
                : 'no deleted works to restore.',
            );
          const batches = rest.length
            ? chosen.map((e) => ({ kind: 'work' as const, itemId: e.itemId }))
            : [{ batch: chosen[0]!.batch }];
          const restored = [];
          for (const b of batches) restored.push(...(await trash.restore(b)));
          out(restored, `Restored ${restored.map((e) => e.itemId).join(', ')}.\n`);
          return;
        }
        const batch = await trash.deleteWorks(rest);
        out(
          batch,
          `Moved ${batch.entries.map((e) => e.itemId).join(', ')} to the trash (undo: work delete --undo).\n`,
        );
        return;
      }
      case 'merge': {
        const result = await mergeWorks(
          works,
          rest[0] as string,
          rest[1] as string,
          picks as MergePicks,
          new Date(),
        );
        const moved = result.moved;
        out(
          result,
          `Merged ${rest[1]} into ${result.work.citationKey} (now an alias of it); moved ${moved.notes.length} note(s), ${moved.lists.length} list(s), ${moved.userClaims.length} claim(s), ${moved.documents.length} paper link(s). Undo: work delete --undo ${rest[1]}\n`,
        );
        return;
      }
      case 'tag': {
        if (!tagArgs.add.length && !tagArgs.remove.length)
          return fail(io, 'work tag needs +tag or -tag.', 2);
        const changed = await works.tag(rest, tagArgs.add, tagArgs.remove);
        out({ changed }, changed.length ? `Tagged ${changed.join(', ')}.\n` : 'No work changed.\n');
        return;
      }
      case 'rename': {
        const result = await renameWorkKey(works, rest[0] as string, rest[1] as string, new Date());
        out(
          result,
          `Renamed ${rest[0]} to ${result.work.citationKey}; updated ${result.updated.notes.length} note(s), ${result.updated.lists.length} list(s), ${result.updated.userClaims.length} claim(s), ${result.updated.documents.length} paper link(s).\n`,
        );
        return;
      }
      case 'show': {
        const record = await works.record(rest[0] as string);
        out(record, showText(record.work, record.bundled, record.extraBibFields));
        return;
      }
      case 'history': {
        const history = await works.history(rest[0] as string);
        out(
          history,
          history.length
            ? history
                .map(
                  (r) =>
                    `r${r.revision} ${shortTime(r.at)} ${r.actor} ${r.action}${r.note ? ` (${r.note})` : ''}: ${r.changes.map((c) => c.field).join(', ') || '—'}\n`,
                )
                .join('')
            : 'No changes recorded (the record is as bundled).\n',
        );
        return;
      }
      case 'list': {
        const type = values.type ? resolveWorkType(values.type) : undefined;
        if (values.type && !type) return fail(io, `type: unknown type \`${values.type}\`.`);
        const tag = values.tag?.[0]?.toLowerCase();
        const list = (await works.works.all()).filter(
          (w) =>
            (!type || w.csl.type === type) && (!tag || w.tags.some((t) => t.toLowerCase() === tag)),
        );
        const rows = list.map((w) => [
          w.citationKey,
          w.csl.type,
          workLabel(w),
          (w.csl.title ?? '').slice(0, 60),
          w.tags.map((t) => `#${t}`).join(' '),
        ]);
        out(
          list.map((w) => ({
            key: w.citationKey,
            type: w.csl.type,
            label: workLabel(w),
            title: w.csl.title ?? null,
            tags: w.tags,
          })),
          list.length
            ? `${renderTable(['key', 'type', 'label', 'title', 'tags'], rows)}\n${list.length} work${list.length === 1 ? '' : 's'}.\n`
            : 'No works.\n',
        );
        return;
      }
    }
  });
}

/** A file's text, or stdin's for `-`. */
async function readSource(from: string): Promise<string> {
  if (from !== '-') {
    return readFile(from, 'utf8').catch(() => {
      throw new Error(`cannot read ${from}: no such file (or it is not readable).`);
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function showText(work: Work, bundled: boolean, extra: Record<string, string>): string {
  const lines = [
    `${work.citationKey}  ${workLabel(work)}  (${work.csl.type}${bundled ? ', bundled' : ''}, revision ${work.revision ?? 1})`,
  ];
  for (const [field, value] of Object.entries(work.csl)) {
    if (field === 'id' || field === 'type') continue;
    let text: string;
    if (Array.isArray(value)) text = value.map((n) => formatTypedName(n as never)).join('; ');
    else if (value && typeof value === 'object') text = formatTypedDate(value as never);
    else text = String(value);
    const edited = work.edited?.[field]
      ? `   (edited by ${work.edited[field]!.actor === 'user' ? 'you' : work.edited[field]!.actor})`
      : '';
    lines.push(`  ${field}: ${text}${edited}`);
  }
  for (const [field, value] of Object.entries(extra)) lines.push(`  bib:${field}: ${value}`);
  if (work.confidence) lines.push(`  record: ${work.confidence.level} (${work.confidence.source})`);
  if (work.tags.length) lines.push(`  tags: ${work.tags.map((t) => `#${t}`).join(' ')}`);
  if (work.aliases.length) lines.push(`  also: ${work.aliases.join(', ')}`);
  for (const a of work.attachments ?? [])
    if (!a.removedAt) lines.push(`  file: ${a.name} (${a.mode})`);
  return `${lines.join('\n')}\n`;
}
