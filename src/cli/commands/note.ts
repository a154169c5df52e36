/**
 * `note add|list|show|delete|restore`: the user's notes from the command line, over the same
 * NotesService the app uses. Every subcommand takes `--data-dir DIR` and `--json`.
 */
import type { Note } from '../../core/userData/notes';
import { NotesService, type NoteLinkInput, type ResolvedNoteLink } from '../../services/notes';
import { fail, type CliIo } from '../io';
import { renderTable } from '../table';
import { COMMON_OPTIONS, withUserData, shortTime } from './userDataCli';
import { parseSubcommand } from '../subcommand';

const USAGE = `Usage:
  note add --title T --body B [--work KEY]... [--claim ID]... [--tag T]... [--data-dir DIR] [--json]
  note list [--work KEY] [--claim ID] [--tag T] [--text WORDS] [--trash] [--data-dir DIR] [--json]
  note show ID [--data-dir DIR] [--json]
  note delete ID [--data-dir DIR] [--json]     (to the trash; undo with \`note restore ID\`)
  note restore ID [--data-dir DIR] [--json]
`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  title: { type: 'string' },
  body: { type: 'string' },
  work: { type: 'string', multiple: true },
  claim: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  text: { type: 'string' },
  trash: { type: 'boolean', default: false },
} as const;

/** Runs `note SUBCOMMAND ...` and returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const line = parseSubcommand(io, args, {
    command: 'note',
    options: OPTIONS,
    subcommands: ['add', 'list', 'show', 'delete', 'restore'],
    usage: USAGE,
  });
  if (typeof line === 'number') return line;
  const { values, sub, rest } = line;
  if (sub === 'add' && (values.title === undefined || values.body === undefined)) {
    return fail(io, `note add needs --title and --body.\n${USAGE}`, 2);
  }
  const wantsId = sub === 'show' || sub === 'delete' || sub === 'restore';
  if (wantsId && rest.length !== 1) return fail(io, `note ${sub} takes one note ID.\n${USAGE}`, 2);
  if (!wantsId && rest.length) return fail(io, `unexpected argument \`${rest[0]}\`.\n${USAGE}`, 2);
  return withUserData(io, values, async (session, out) => {
    const notes = new NotesService(session.store, { works: session.works, claims: session.claims });
    switch (sub) {
      case 'add': {
        const links: NoteLinkInput[] = [
          ...(values.work ?? []).map((workKey): NoteLinkInput => ({ kind: 'work', workKey })),
          ...(values.claim ?? []).map((claimId): NoteLinkInput => ({ kind: 'claim', claimId })),
        ];
        const note = await notes.create({
          title: values.title,
          body: values.body,
          tags: values.tag,
          links,
        });
        out(note, `Added note ${note.id} “${note.title}”.\n${linkLines(note)}`);
        break;
      }
      case 'list': {
        const list = await notes.list({
          workKey: values.work?.[0],
          claimId: values.claim?.[0],
          tag: values.tag?.[0],
          text: values.text,
          in: values.trash ? 'trash' : 'notes',
        });
        out(list, listText(list));
        break;
      }
      case 'show': {
        const note = await notes.get(rest[0] as string);
        if (!note) return fail(io, `no note with id ${rest[0]}. List them with \`note list\`.`);
        const links = await notes.resolveLinks(note);
        out({ ...note, links }, showText(note, links));
        break;
      }
      case 'delete': {
        const note = await notes.delete(rest[0] as string);
        out(
          note,
          `Moved note ${note.id} “${note.title}” to the trash (undo: note restore ${note.id}).\n`,
        );
        break;
      }
      case 'restore': {
        const note = await notes.restore(rest[0] as string);
        out(note, `Restored note ${note.id} “${note.title}”.\n`);
        break;
      }
    }
  });
}

function linkLines(note: Note): string {
  return note.links
    .map((l) => {
      const target =
        l.kind === 'work' ? l.workKey : l.kind === 'claim' ? `claim ${l.claimId}` : 'passage';
      return `  → ${target}: ${l.placeholder}\n`;
    })
    .join('');
}

function listText(notes: Note[]): string {
  if (!notes.length) return 'No notes.\n';
  const rows = notes.map((n) => [
    n.id,
    shortTime(n.updatedAt),
    n.title || '(untitled)',
    n.links
      .filter((l) => l.kind === 'work')
      .map((l) => (l.kind === 'work' ? l.workKey : ''))
      .join(' '),
    n.tags.map((t) => `#${t}`).join(' '),
  ]);
  return `${renderTable(['id', 'updated', 'title', 'works', 'tags'], rows)}\n${notes.length} note${notes.length === 1 ? '' : 's'}.\n`;
}

function showText(note: Note, links: ResolvedNoteLink[]): string {
  const lines = [
    `${note.title || '(untitled)'}`,
    `id ${note.id} · created ${shortTime(note.createdAt)} · updated ${shortTime(note.updatedAt)}${note.deletedAt ? ' · in the trash' : ''}`,
  ];
  if (note.tags.length) lines.push(`tags: ${note.tags.map((t) => `#${t}`).join(' ')}`);
  for (const { link, status, label } of links) {
    const target =
      link.kind === 'work'
        ? link.workKey
        : link.kind === 'claim'
          ? `claim ${link.claimId}`
          : `passage in ${link.documentId}`;
    const gone = status === 'dangling' ? ' (no longer in the library)' : '';
    lines.push(`→ ${target}: ${label}${gone}`);
  }
  return `${lines.join('\n')}\n\n${note.body}\n`;
}
