/**
 * `work attach|files|detach`: the files attached to a work, from the command line, over the
 * same service as the app: attach a copy (content-addressed in the library folder) or a link,
 * list them (with a linked file that is gone marked missing), and remove one to the trash
 * (`trash restore` or `work detach --undo` puts it back).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFileSize } from '../../core/works/attachmentKinds';
import { AttachmentService, WorkService } from '../../services/works';
import { loadBundledWorks } from '../../services/workKeys';
import { fail, type CliIo } from '../io';
import { renderTable } from '../table';
import { COMMON_OPTIONS, withUserData } from './userDataCli';

export const WORK_FILES_USAGE = `  work attach KEY FILE [--link]    (a copy kept in the library; --link: the file where it is)
  work files KEY
  work detach KEY ID [--undo]      (to the trash; --undo puts it back)`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  link: { type: 'boolean', default: false },
  undo: { type: 'boolean', default: false },
} as const;

export const WORK_FILES_SUBCOMMANDS = ['attach', 'files', 'detach'];

/** Runs `work attach|files|detach ...` and returns the exit code. */
export async function runWorkFiles(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return fail(io, `${(error as Error).message}\n${WORK_FILES_USAGE}\n`, 2);
  }
  const { values, positionals } = parsed;
  const [sub, ...rest] = positionals;
  const wanted = sub === 'files' ? 1 : 2;
  if (rest.length !== wanted) {
    const what = sub === 'files' ? 'KEY' : sub === 'attach' ? 'KEY and FILE' : 'KEY and ID';
    return fail(io, `work ${sub} takes ${what}.\n${WORK_FILES_USAGE}\n`, 2);
  }
  const [key, arg] = rest as [string, string | undefined];
  return withUserData(io, values, async (session, out) => {
    const files = new AttachmentService(new WorkService(session.store, loadBundledWorks()).works);
    if (sub === 'attach') {
      const mode = values.link ? 'link' : 'copy';
      const a = await files.attach(key, { path: resolve(arg as string), mode });
      out(
        a,
        `Attached ${a.name} to ${key} (${mode === 'link' ? `linked at ${a.path}` : 'a copy in the library'}; id ${a.id}).\n`,
      );
      return;
    }
    if (sub === 'detach') {
      const a = values.undo
        ? await files.restore(key, arg as string)
        : await files.remove(key, arg as string);
      out(
        a,
        values.undo
          ? `Put ${a.name} back on ${key}.\n`
          : `Moved ${a.name} to the trash (undo: work detach ${key} ${a.id} --undo).\n`,
      );
      return;
    }
    const list = await files.views(key);
    const rows = list.map((a) => [
      a.id,
      a.name,
      a.kind,
      formatFileSize(a.bytes),
      a.fromPaper ? 'paper' : a.mode,
      a.missing ? 'MISSING' : a.documentId ? 'read as a paper' : '',
    ]);
    out(
      list,
      list.length
        ? `${renderTable(['id', 'name', 'kind', 'size', 'kept as', ''], rows)}\n`
        : `No files on ${key}.\n`,
    );
  });
}
