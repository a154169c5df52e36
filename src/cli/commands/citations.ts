/** `citations [FILE] [--json]`: the citations, claims and works of the bundled paper or of FILE. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  analysePaperWithReferences,
  type AnalysedPaper,
  type PaperWithReferences,
} from '../../core/paper';
import type { Work } from '../../core/bibliography/model';
import { LibraryService } from '../../services/library';
import { describeFsError } from '../fsErrors';
import { detectFileKind, notAPaperMessage } from '../../core/files';
import { fail, type CliIo } from '../io';
import { runPdf } from './citationsPdf';
import { renderTable } from '../table';

/** Runs the command. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length > 1) return fail(io, 'citations takes at most one FILE.', 2);
  const file = positionals[0];
  let source: string | null = null;
  if (file) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      return fail(io, `cannot read ${file}: ${describeFsError(error)}`);
    }
    // What the file is decides before the library is opened: a refusal or a PDF needs none.
    const kind = detectFileKind(bytes);
    if (kind.kind === 'other') return fail(io, notAPaperMessage(file, kind.what));
    if (kind.kind === 'pdf') return runPdf(bytes, file, values.json, io);
    source = decodeText(bytes, kind.encoding);
  }
  const library = await LibraryService.open();
  const paper: PaperWithReferences =
    source === null
      ? withoutReferenceList(library.paper)
      : analysePaperWithReferences(source, library.works, basename(file!));
  const works = citedWorks(paper, library.works);
  io.stdout(
    values.json ? `${JSON.stringify(toJson(paper, works), null, 2)}\n` : toText(paper, works),
  );
  return 0;
}

function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** The bundled paper has no reference list: its citations resolve to library works directly. */
function withoutReferenceList(paper: AnalysedPaper): PaperWithReferences {
  return {
    ...paper,
    style: 'author-year',
    references: [],
    citations: paper.citations.map((c) => ({
      ...c,
      referenceId: null,
      number: null,
      noteId: null,
    })),
    unresolved: [],
    unused: [],
  };
}

/** The works the paper cites, in order of first citation. */
function citedWorks(paper: PaperWithReferences, works: readonly Work[]): Work[] {
  const byKey = new Map(works.map((w) => [w.citationKey, w]));
  const seen = new Set<string>();
  const out: Work[] = [];
  for (const c of paper.citations) {
    const work = c.workId ? byKey.get(c.workId) : undefined;
    if (work && !seen.has(work.citationKey)) {
      seen.add(work.citationKey);
      out.push(work);
    }
  }
  return out;
}

function toJson(paper: PaperWithReferences, works: Work[]) {
  const { meta, sections, footnotes, abstract } = paper.document;
  return {
    document: {
      title: meta.title,
      authors: meta.authors,
      kind: meta.kind,
      conference: meta.conference,
      excerpt: meta.excerpt,
      abstract,
      sections: sections.map((s) => ({ id: s.id, title: s.title, level: s.level })),
      footnotes: footnotes.length,
    },
    citations: paper.citations.map((c) => ({
      id: c.id,
      raw: c.raw,
      authors: c.authors,
      etAl: c.etAl,
      year: c.year,
      yearSuffix: c.yearSuffix,
      locator: c.locator,
      prefix: c.prefix,
      narrative: c.narrative,
      ibid: c.ibid,
      ibidOf: c.ibidOf,
      workId: c.workId,
      claimId: c.claimId,
      start: c.start,
      end: c.end,
      referenceId: c.referenceId,
      number: c.number,
    })),
    claims: paper.claims.map((k) => ({
      id: k.id,
      text: k.text,
      kind: k.kind,
      citationIds: k.citationIds,
      workIds: k.workIds,
      sectionId: k.sectionId,
      start: k.start,
      end: k.end,
    })),
    references: paper.references.map((r) => ({
      id: r.id,
      label: r.label,
      raw: r.raw,
      start: r.start,
      end: r.end,
      csl: r.csl,
    })),
    style: paper.style,
    works: works.map((w) => ({
      ...w.csl,
      id: w.citationKey,
      citationKey: w.citationKey,
      aliases: w.aliases,
      citedAs: w.citedAs,
      confidence: w.confidence,
    })),
  };
}

function toText(paper: PaperWithReferences, works: Work[]): string {
  const unresolved = paper.citations.filter((c) => !c.workId).length;
  const rows = paper.citations.map((c) => [
    c.id,
    // A note's citation may run over lines; a table row may not.
    ((c.prefix ? `${c.prefix} ` : '') + c.raw).replace(/\s+/gu, ' ') +
      (c.narrative ? ' (narrative)' : ''),
    c.ibid ? `ibid → ${c.ibidOf ?? '?'}` : '',
    c.workId ?? '— unresolved —',
    c.claimId ?? '',
  ]);
  const { meta } = paper.document;
  return [
    `${meta.title}`,
    `${meta.authors.map((a) => a.name).join(', ')}`,
    '',
    renderTable(['id', 'citation', 'ibid', 'work', 'claim'], rows),
    '',
    `${paper.citations.length} citations (${unresolved} unresolved), ${paper.claims.length} claims, ${works.length} works cited.`,
    ...referenceLines(paper),
    '',
  ].join('\n');
}

/** What the reference list adds: its size, and the citations and entries that do not meet. */
function referenceLines(paper: PaperWithReferences): string[] {
  if (paper.references.length === 0) return [];
  return [
    `Style: ${paper.style}. Reference list: ${paper.references.length} entries, ${paper.unused.length} cited nowhere${paper.unused.length > 0 ? ` (${paper.unused.join(', ')})` : ''}.`,
    ...paper.unresolved.map((u) => `  ${u.citationId} links to no entry: ${u.reason}`),
  ];
}
