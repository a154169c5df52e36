// A ScholionApi for component tests, built from the real bundled paper and bibliography through
// the real core pipeline. Only the transport and citation-js formatting are replaced: references
// are formatted here as simple HTML so the renderer's sanitiser has real markup to clean.
import paperSource from '../../resources/lavenex-panizzon-2013-multilayered-migration-governance.md?raw';
import bibliography from '../../resources/bibliography.csl.json';
import { loadBibliography } from '../../src/core/bibliography';
import type { Work } from '../../src/core/bibliography/model';
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { analysePaper, bundledDocumentView, claimView, summariseWorks } from '../../src/core/paper';
import { claimsFromPaper, createSearchIndex, passagesFromDocument } from '../../src/core/search';
import { WorkTable } from '../../src/services/library/WorkTable';
import { linkTargets, notePage, passagesOfDocument } from '../../src/services/notes/notePages';
import {
  checkSavedFilter,
  layoutFrom,
  type BibliographyLayout,
  type SavedFilter,
} from '../../src/services/settings/bibliographySettings';
import {
  methodNames,
  ScholionError,
  type Note,
  type ReadingPosition,
  type ScholionApi,
} from '../../src/shared/contract';

export interface FakeApi extends ScholionApi {
  /** Methods called, in order, with their inputs. */
  calls: { method: string; input: unknown }[];
  /** The stored reading position (what setReadingPosition saved). */
  position: ReadingPosition | null;
  /** Notes listNotes (filtered by linked work) and queryNotes answer from. */
  notes: Note[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function names(work: Work): string {
  const people = work.csl.author ?? work.csl.editor ?? [];
  return people.map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ')).join(', ');
}

function year(work: Work): string {
  return String(work.csl.issued?.['date-parts']?.[0]?.[0] ?? 'n.d.');
}

/**
 * The real paper and works behind a ScholionApi; `overrides` replace single methods; `stored`
 * are the user's works the bibliography lists beside the bundled ones (none by default).
 */
export function createFakeApi(
  overrides: Partial<ScholionApi> = {},
  { stored = [] }: { stored?: readonly Work[] } = {},
): FakeApi {
  const works = loadBibliography(bibliography, { kind: 'bundled' });
  const paper = analysePaper(paperSource, works, BUNDLED_DOCUMENT_ID);
  const view = bundledDocumentView(paper, works, '2026-01-01T00:00:00.000Z');
  const summaries = summariseWorks(works, paper);
  const byKey = new Map(works.map((w) => [w.citationKey, w]));
  // The service's own table: the bibliography's order, filter and rows by key, as main answers.
  const table = new WorkTable({ works, paper, listWorks: () => summaries });
  // The real search index over the bundled works and the paper, as main builds it.
  const index = createSearchIndex();
  index.addWorks(works);
  index.addClaims(claimsFromPaper(paper.claims, paper.citations));
  index.setPassages(passagesFromDocument(paper.document));
  const find = (key: string) => {
    const work = byKey.get(key);
    if (!work) throw new ScholionError('not-found', `No work with key \`${key}\` in the library.`);
    return work;
  };

  // The settings kept in memory, cleaned and checked by the service's own rules.
  let layout: BibliographyLayout = layoutFrom(null);
  let filters: SavedFilter[] = [];

  // Methods this double does not play answer like an unbound method would.
  const missing = Object.fromEntries(
    methodNames.map((m) => [
      m,
      async () => {
        throw new ScholionError('internal', `The test double does not implement ${m}.`);
      },
    ]),
  ) as unknown as ScholionApi;

  const api: FakeApi = {
    ...missing,
    calls: [],
    position: null,
    notes: [],
    listDocuments: async () => [view.summary],
    getDocument: async () => view,
    // One paper: the papers citing a work are it or none, as main's aggregation answers.
    citingPapers: async ({ workKey }) => {
      const citations = view.citations.filter((c) => c.workId === workKey).length;
      if (citations === 0) return [];
      const claims = view.claims
        .filter((k) => k.workIds.includes(workKey))
        .sort((a, b) => a.start - b.start)
        .map((k) => claimView(view, k));
      return [{ documentId: view.documentId, title: view.summary.title, citations, claims }];
    },
    listWorks: async ({ keys }) => (keys ? table.byKeys(stored, keys) : table.all(stored)),
    queryWorks: async ({
      sort = 'author',
      direction = 'ascending',
      filter = '',
      rows,
      ...rest
    }) => {
      const order = table.query(stored, { sort, direction, filter, ...rest });
      return rows ? { ...order, rows: table.byKeys(stored, order.keys) } : order;
    },
    getBibliographyLayout: async () => layout,
    setBibliographyLayout: async (change) => (layout = layoutFrom({ ...layout, ...change })),
    listSavedFilters: async () => filters,
    saveFilter: async (input) => {
      const checked = checkSavedFilter(input, filters);
      const saved = { id: input.id ?? `f-${filters.length + 1}`, createdAt: '', ...checked };
      filters = [...filters.filter((f) => f.id !== saved.id), saved];
      return saved;
    },
    deleteSavedFilter: async ({ id }) => {
      const filter = filters.find((f) => f.id === id)!;
      filters = filters.filter((f) => f !== filter);
      return filter;
    },
    search: async ({ query, limitPerKind, kinds, limitsByKind, limitInAll }) => ({
      ...index.search(query, { limitPerKind, kinds, limitsByKind, limitInAll }),
      building: false,
    }),
    getWork: async ({ key }) => {
      const work = find(key);
      return { ...summaries.find((s) => s.key === work.citationKey)!, work };
    },
    formatReference: async ({ key, style, format }) => {
      const work = find(key);
      const text = `${names(work)} (${year(work)}). ${work.csl.title ?? ''}. [${style}]`;
      if (format === 'text') return text;
      return `<div class="csl-bib-body"><div class="csl-entry" data-csl-entry-id="${key}">${escapeHtml(
        `${names(work)} (${year(work)}). `,
      )}<i>${escapeHtml(work.csl.title ?? '')}</i>. [${style}]</div></div>`;
    },
    exportBibtex: async ({ keys }) =>
      keys.map((k) => `@misc{${k},\n  title = {${find(k).csl.title ?? ''}},\n}`).join('\n\n'),
    listNotes: async ({ workKey }) =>
      api.notes.filter(
        (n) =>
          !n.deletedAt &&
          (!workKey || n.links.some((l) => l.kind === 'work' && l.workKey === workKey)),
      ),
    // The lists' queries answer from the notes held, through the service's own paging.
    queryNotes: async (query) => notePage(api.notes, query),
    notePassages: async ({ documentId }) => passagesOfDocument(api.notes, documentId),
    listNoteLinkTargets: async ({ kind }) => linkTargets(api.notes, kind),
    getReadingPosition: async () => api.position,
    setReadingPosition: async ({ documentId: _documentId, ...input }) => {
      api.position = { ...input, savedAt: new Date(0).toISOString() };
      return api.position;
    },
    ...overrides,
  };
  // Record every call.
  for (const name of Object.keys(api) as (keyof FakeApi)[]) {
    const fn = api[name];
    if (typeof fn !== 'function') continue;
    (api as unknown as Record<string, unknown>)[name] = (input: unknown) => {
      api.calls.push({ method: name, input });
      return (fn as (i: unknown) => Promise<unknown>)(input);
    };
  }
  return api;
}
