/**
 * `list create|add|show|...`: reading lists from the command line, over ReadingListService.
 * Every subcommand takes `--data-dir DIR` and `--json`; a list is named by its name or id.
 */
import { READING_STATUSES, type ReadingList, type ReadingStatus } from '../../core/userData/lists';
import { ReadingListService } from '../../services/lists';
import { fail, type CliIo } from '../io';
import { COMMON_OPTIONS, withUserData } from './userDataCli';
import { parseSubcommand } from '../subcommand';

const USAGE = `Usage:
  list create NAME                   list add NAME KEY...      list remove NAME KEY...
  list show [NAME]                   list move NAME KEY INDEX  list status NAME KEY to-read|reading|read
  list comment NAME KEY TEXT         list rename NAME NEW      list delete NAME
All take [--data-dir DIR] [--json]. Export a list with \`export --list NAME --format bibtex\`.
`;

/** Subcommand → how many positionals it takes after the subcommand: [min, max]. */
const ARITY: Record<string, [number, number]> = {
  create: [1, 1],
  add: [2, Infinity],
  remove: [2, Infinity],
  show: [0, 1],
  move: [3, 3],
  status: [3, 3],
  comment: [3, 3],
  rename: [2, 2],
  delete: [1, 1],
};

/** Runs `list SUBCOMMAND ...` and returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const line = parseSubcommand(io, args, {
    command: 'list',
    options: COMMON_OPTIONS,
    subcommands: Object.keys(ARITY),
    usage: USAGE,
  });
  if (typeof line === 'number') return line;
  const { values, sub, rest } = line;
  const arity = ARITY[sub]!;
  if (rest.length < arity[0] || rest.length > arity[1]) {
    return fail(io, `wrong number of arguments for \`list ${sub}\`.\n${USAGE}`, 2);
  }
  const [name = '', a = '', b = ''] = rest;
  if (sub === 'move' && !/^\d+$/.test(b))
    return fail(io, `INDEX must be a position from 1 (got \`${b}\`).`, 2);
  if (sub === 'status' && !READING_STATUSES.includes(b as ReadingStatus)) {
    return fail(io, `unknown status \`${b}\`; use ${READING_STATUSES.join(', ')}.`, 2);
  }
  return withUserData(io, values, async (session, out) => {
    const lists = new ReadingListService(session.store, { works: session.works });
    switch (sub) {
      case 'create': {
        const list = await lists.create(name);
        out(list, `Created reading list “${list.name}” (${list.id}).\n`);
        break;
      }
      case 'add': {
        const result = await lists.addWorks(name, rest.slice(1));
        const already = result.alreadyPresent.length
          ? ` (already on it: ${result.alreadyPresent.join(', ')})`
          : '';
        out(
          result,
          `Added ${plural(result.added.length, 'work')} to “${result.list.name}”${already}.\n`,
        );
        break;
      }
      case 'remove': {
        const list = await lists.removeWorks(name, rest.slice(1));
        out(list, showText(list));
        break;
      }
      case 'show': {
        if (!name) {
          const all = await lists.list();
          out(
            all,
            all.length
              ? all.map((l) => `${l.name} (${plural(l.items.length, 'work')}) ${l.id}\n`).join('')
              : 'No reading lists.\n',
          );
          break;
        }
        const list = await lists.get(name);
        if (!list)
          return fail(io, `no reading list named “${name}”. See them all with \`list show\`.`);
        out(list, showText(list));
        break;
      }
      case 'move':
        out(...both(await lists.moveItem(name, a, Number(b) - 1)));
        break;
      case 'status':
        out(...both(await lists.setStatus(name, a, b as ReadingStatus)));
        break;
      case 'comment':
        out(...both(await lists.setComment(name, a, b)));
        break;
      case 'rename':
        out(...both(await lists.rename(name, a)));
        break;
      case 'delete': {
        const list = await lists.delete(name);
        out(list, `Deleted reading list “${list.name}” (${plural(list.items.length, 'work')}).\n`);
        break;
      }
    }
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const both = (list: ReadingList): [ReadingList, string] => [list, showText(list)];

const STATUS_MARK: Record<ReadingStatus, string> = {
  'to-read': '[ ]',
  reading: '[~]',
  read: '[x]',
};

function showText(list: ReadingList): string {
  const lines = [`${list.name} — ${plural(list.items.length, 'work')}`];
  list.items.forEach((item, i) => {
    lines.push(
      `${String(i + 1).padStart(3)}. ${STATUS_MARK[item.status]} ${item.workKey}  ${item.placeholder}`,
    );
    if (item.comment) lines.push(`        ${item.comment}`);
  });
  return `${lines.join('\n')}\n`;
}
