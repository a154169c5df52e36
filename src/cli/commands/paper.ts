/**
 * `paper add|list|show|remove|restore|reparse`: the library's papers from the command line, over
 * the same DocumentService the app uses. `add` reads a PDF, Markdown or text file into the library
 * (its reference list linked to works); `remove` moves a paper to the trash (`restore` undoes
 * it). Every subcommand takes `--data-dir DIR` and `--json`.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocumentSummary, DocumentView } from '../../core/paper';
import type { DocumentService } from '../../services/documents';
import { fail, type CliIo } from '../io';
import { renderTable } from '../table';
import { COMMON_OPTIONS, withUserData } from './userDataCli';
import { parseSubcommand } from '../subcommand';

const USAGE = `Usage:
  paper add FILE [--data-dir DIR] [--json]       add a PDF, Markdown (.md) or text (.txt) paper
  paper list [--trash] [--data-dir DIR] [--json]
  paper show ID [--data-dir DIR] [--json]
  paper remove ID [--data-dir DIR] [--json]      (to the trash; undo with \`paper restore ID\`)
  paper restore ID [--data-dir DIR] [--json]
  paper reparse ID [--data-dir DIR] [--json]     parse again, keeping links and corrections
`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  trash: { type: 'boolean', default: false },
} as const;

const SUBCOMMANDS = ['add', 'list', 'show', 'remove', 'restore', 'reparse'];

/** Files from this size on report their progress on stderr. */
const PROGRESS_FROM_BYTES = 1_000_000;
/** PDFs from this many pages on report the pages read on stderr. */
const BOOK_PAGES = 50;

/** What `--json` prints of a paper (and `paper list` an array of). */
export interface PaperJson {
  id: string;
  title: string;
  kind: string;
  pages: number;
  citations: number;
  references: number;
  worksLinked: number;
  warnings: string[];
}

/** The `--json` shape of a paper. */
export function paperJson(d: DocumentSummary): PaperJson {
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    pages: d.pages,
    citations: d.citations,
    references: d.references,
    worksLinked: d.worksLinked,
    warnings: d.warnings,
  };
}

/** Runs `paper SUBCOMMAND ...` and returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const line = parseSubcommand(io, args, {
    command: 'paper',
    options: OPTIONS,
    subcommands: SUBCOMMANDS,
    usage: USAGE,
  });
  if (typeof line === 'number') return line;
  const { values, sub, rest } = line;
  if (sub === 'list' ? rest.length > 0 : rest.length !== 1) {
    const what = sub === 'add' ? 'one FILE' : sub === 'list' ? 'no argument' : 'one paper ID';
    return fail(io, `paper ${sub} takes ${what}.\n${USAGE}`, 2);
  }
  const target = rest[0]!;
  let bytes: Uint8Array | null = null;
  if (sub === 'add') {
    try {
      bytes = await readFile(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'it is a folder'
            : String(code ?? error);
      return fail(io, `cannot read ${target}: ${why}.`);
    }
  }
  return withUserData(io, values, async (session, out) => {
    const documents = await session.documents();
    switch (sub) {
      case 'add':
        return add(documents, basename(target), bytes!, io, out, values.json === true);
      case 'list': {
        const list = await documents.list(values.trash ? 'trash' : 'documents');
        out(list.map(paperJson), listText(list, values.trash === true));
        return 0;
      }
      case 'show': {
        const view = await documents.get(target);
        out(showJson(view), showText(view));
        return 0;
      }
      case 'remove': {
        const removed = await documents.remove(target);
        out(
          paperJson(removed),
          `Moved “${removed.title}” to the trash (undo: paper restore ${removed.id}).\n`,
        );
        return 0;
      }
      case 'restore': {
        const restored = await documents.restore(target);
        out(paperJson(restored), `Restored “${restored.title}”.\n`);
        return 0;
      }
      default: {
        const parsed = await documents.reparse(target);
        out(
          paperJson(parsed),
          `Parsed “${parsed.title}” again: ${counts(parsed)}.\n${warningLines(parsed)}`,
        );
        return 0;
      }
    }
  });
}

async function add(
  documents: DocumentService,
  fileName: string,
  bytes: Uint8Array,
  io: CliIo,
  out: (value: unknown, text: string) => void,
  json: boolean,
): Promise<number> {
  // Ctrl+C cancels the add; nothing is written before it is complete.
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  try {
    const loud = !json && bytes.length >= PROGRESS_FROM_BYTES;
    const { document, added } = await documents.add({
      fileName,
      bytes,
      signal: controller.signal,
      onProgress: (p) => {
        // A book's pages on stderr (also with --json, whose answer is on stdout).
        if (p.pages) {
          const { done, total } = p.pages;
          if (total >= BOOK_PAGES && (done % 25 === 0 || done === total))
            io.stderr(`scholion: reading ${fileName}: page ${done} of ${total}\n`);
        } else if (loud) io.stderr(`scholion: ${p.phase}… ${Math.round(p.fraction * 100)}%\n`);
      },
    });
    if (!added)
      io.stderr(
        `scholion: note: ${fileName} is already in the library as “${document.title}” (${document.id}); nothing was added.\n`,
      );
    out(
      paperJson(document),
      added
        ? `Added “${document.title}” as ${document.id}: ${counts(document)}.\n${warningLines(document)}`
        : '',
    );
    return 0;
  } finally {
    process.removeListener('SIGINT', cancel);
  }
}

function counts(d: DocumentSummary): string {
  return `${d.pages} ${d.pages === 1 ? 'page' : 'pages'}, ${d.citations} citations, ${d.references} references, ${d.worksLinked} works linked`;
}

function warningLines(d: DocumentSummary): string {
  return d.warnings.map((w) => `  warning: ${w}\n`).join('');
}

function listText(list: readonly DocumentSummary[], trash: boolean): string {
  if (list.length === 0) return trash ? 'The trash holds no papers.\n' : 'No papers.\n';
  return (
    renderTable(
      ['ID', 'TITLE', 'YEAR', 'CITATIONS', 'REFERENCES', 'WORKS', 'WARNINGS'],
      list.map((d) => [
        d.id,
        d.title.length > 60 ? `${d.title.slice(0, 59)}…` : d.title,
        d.year ?? '',
        String(d.citations),
        String(d.references),
        String(d.worksLinked),
        String(d.warnings.length),
      ]),
    ) + '\n'
  );
}

function showJson(view: DocumentView) {
  return {
    ...paperJson(view.summary),
    authors: view.summary.authors,
    year: view.summary.year,
    fileName: view.summary.fileName,
    addedAt: view.summary.addedAt,
    sections: view.document.sections.map((s) => s.title),
    references: view.references.map((r) => ({
      id: r.id,
      key: r.key,
      raw: r.raw,
      workKey: r.workId,
      how: r.how,
      candidate: r.candidate,
    })),
    unlinkedCitations: view.citations
      .filter((c) => !c.workId)
      .map((c) => ({ id: c.id, raw: c.raw })),
  };
}

function showText(view: DocumentView): string {
  const s = view.summary;
  const lines = [
    `${s.title} (${s.id})`,
    [s.authors.join(', '), s.year].filter(Boolean).join(' · '),
    counts(s),
    ...s.warnings.map((w) => `warning: ${w}`),
    '',
  ];
  if (view.references.length) {
    lines.push('References:');
    for (const r of view.references) {
      const link = r.workId
        ? `→ ${r.workId}`
        : r.candidate
          ? `? maybe ${r.candidate.workKey} (${r.candidate.reason})`
          : '(not linked)';
      lines.push(`  ${r.id}  ${r.raw.length > 80 ? `${r.raw.slice(0, 79)}…` : r.raw}  ${link}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
