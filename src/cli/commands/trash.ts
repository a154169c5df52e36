/**
 * `trash list|restore|empty`: the one trash of works, notes, reading lists, claims and the files
 * attached to works, from the command line (what the app's Undo restores, also after a restart).
 */
import { TRASH_KINDS, type TrashKind } from '../../core/userData/trash';
import { TrashService, type TrashItem } from '../../services/trash';
import { WorkService } from '../../services/works';
import { loadBundledWorks } from '../../services/workKeys';
import { fail, type CliIo } from '../io';
import { renderTable } from '../table';
import { COMMON_OPTIONS, shortTime, withUserData } from './userDataCli';
import { parseSubcommand } from '../subcommand';

const USAGE = `Usage:
  trash list [--kind ${TRASH_KINDS.join('|')}]
  trash restore ID...     (an entry's id or batch, as listed; a batch restores everything deleted with it)
  trash empty [ID...]     (deletes for good: the given entries, or everything)
All take --data-dir DIR and --json.
`;

const OPTIONS = { ...COMMON_OPTIONS, kind: { type: 'string' } } as const;

/** Runs `trash SUBCOMMAND ...` and returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const line = parseSubcommand(io, args, {
    command: 'trash',
    options: OPTIONS,
    subcommands: ['list', 'restore', 'empty'],
    usage: USAGE,
  });
  if (typeof line === 'number') return line;
  const { values, sub, rest } = line;
  const kind = values.kind as TrashKind | undefined;
  if (kind && !TRASH_KINDS.includes(kind))
    return fail(io, `--kind: say one of ${TRASH_KINDS.join(', ')} (got \`${kind}\`).`, 2);
  if (sub === 'restore' && rest.length === 0)
    return fail(io, `trash restore needs an ID or batch (see trash list).\n${USAGE}`, 2);
  return withUserData(io, values, async (session, out) => {
    const works = new WorkService(session.store, loadBundledWorks());
    const trash = new TrashService(session.store, { works: works.works });
    if (sub === 'list') {
      const items = await trash.list(kind);
      const rows = items.map((e) => [
        e.id,
        e.kind,
        e.label.slice(0, 60),
        shortTime(e.deletedAt),
        e.batch,
      ]);
      out(
        items,
        items.length
          ? `${renderTable(['id', 'kind', 'what', 'deleted', 'batch'], rows)}\n${items.length} in the trash.\n`
          : 'The trash is empty.\n',
      );
      return;
    }
    if (sub === 'restore') {
      const items = await trash.list();
      const restored: TrashItem[] = [];
      for (const ref of rest) {
        const entry = items.find((e) => e.id === ref || e.batch === ref);
        if (!entry) return fail(io, `${ref} is not in the trash (see trash list).`);
        // Entries of one batch go back together; a batch restored already is skipped.
        if (restored.some((r) => r.batch === entry.batch)) continue;
        restored.push(...(await trash.restore({ batch: entry.batch })));
      }
      out(restored, restored.map((e) => `Restored ${e.kind} ${e.label}.\n`).join(''));
      return;
    }
    const removed = await trash.purge(rest.length ? rest : undefined);
    out(
      { removed },
      `Deleted ${removed} item${removed === 1 ? '' : 's'} from the trash for good.\n`,
    );
  });
}
