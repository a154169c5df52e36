/** Export use cases: any set of works as a file format or a formatted bibliography. */
import type { Work } from '../../core/bibliography/model';
import {
  exportWorks,
  formatBibliography,
  htmlDocument,
  STYLES,
  type ExportOptions,
  type FormatOptions,
  type ListItemNote,
  type ExportFormat,
  type LocaleId,
  type OutputFormat,
  type StyleId,
} from '../../core/formats';
import { NotFoundError } from '../errors';
import type { WorkStore } from '../import/workStore';
import type { BibliographyCache } from './BibliographyCache';
import { loadBundledCsl } from './cslResources';

/**
 * Which works: all of the library, or these keys (a selection, a list, a note's or claim's
 * works). With `skipMissing`, keys that name no work (a list item whose work was deleted) are
 * left out instead of failing the export.
 */
export type ExportScope =
  | { kind: 'all' }
  | {
      kind: 'keys';
      keys: readonly string[];
      skipMissing?: boolean;
      /** A reading list's: its order and each item's status and comment go into the file. */
      list?: { itemNotes: ReadonlyMap<string, ListItemNote> };
    };

/** What a scope asks of the writer beyond its works: a reading list's order, status, comment. */
export function exportOptionsOf(scope: ExportScope): ExportOptions {
  return scope.kind === 'keys' && scope.list
    ? { keepOrder: true, itemNotes: scope.list.itemNotes }
    : {};
}

export type ExportRequest =
  | { format: ExportFormat }
  | {
      format: 'formatted';
      style: StyleId;
      output: OutputFormat;
      locale?: LocaleId;
      /** HTML only: false gives the bare fragment (for the clipboard) instead of a document. */
      standalone?: boolean;
    };

export class ExportService {
  constructor(
    private readonly store: WorkStore,
    private readonly opts: {
      resourcesDir?: string;
      /** Kept entries of formatted bibliographies (the data folder's); without, each renders anew. */
      entries?: BibliographyCache;
    } = {},
  ) {}

  /** The works of a scope, in the order given; throws NotFoundError naming unknown keys. */
  async worksOf(scope: ExportScope): Promise<Work[]> {
    const works = await this.store.allWorks();
    if (scope.kind === 'all') return works;
    const byKey = new Map<string, Work>();
    for (const w of works) {
      byKey.set(w.citationKey, w);
      for (const alias of w.aliases) if (!byKey.has(alias)) byKey.set(alias, w);
    }
    const missing = scope.keys.filter((k) => !byKey.has(k));
    if (missing.length > 0 && !scope.skipMissing) {
      throw new NotFoundError(
        `No work with key ${missing.map((k) => `\`${k}\``).join(', ')} in the library.`,
      );
    }
    const seen = new Set<string>();
    const out: Work[] = [];
    for (const k of scope.keys) {
      const w = byKey.get(k);
      if (!w) continue;
      if (!seen.has(w.citationKey)) out.push(w);
      seen.add(w.citationKey);
    }
    return out;
  }

  /** The scope's works as a file (BibTeX, BibLaTeX, RIS, CSL-JSON) or a formatted bibliography. */
  async export(scope: ExportScope, request: ExportRequest): Promise<string> {
    const works = await this.worksOf(scope);
    const { entries } = this.opts;
    if (request.format !== 'formatted' || !entries) {
      return this.render(works, request, exportOptionsOf(scope));
    }
    const formatted = await entries.format(works, formatOptionsOf(request));
    return asDocument(formatted, request);
  }

  /** Renders works as the request asks, with the bundled styles of this service's resources. */
  render(works: readonly Work[], request: ExportRequest, options: ExportOptions = {}): string {
    return renderWorks(works, request, this.opts.resourcesDir, options);
  }
}

/** Renders works as the request asks (shared by ExportService, BoundExport and the CLI). */
export function renderWorks(
  works: readonly Work[],
  request: ExportRequest,
  resourcesDir?: string,
  options: ExportOptions = {},
): string {
  if (request.format !== 'formatted') return exportWorks(works, request.format, options);
  loadBundledCsl(resourcesDir);
  return asDocument(formatBibliography(works, formatOptionsOf(request)), request);
}

type FormattedRequest = Extract<ExportRequest, { format: 'formatted' }>;

function formatOptionsOf(request: FormattedRequest): FormatOptions {
  return {
    style: request.style,
    format: request.output,
    ...(request.locale ? { locale: request.locale } : {}),
  };
}

/** A saved .html file is a document of its own: with a charset, or browsers guess the encoding. */
function asDocument(formatted: string, request: FormattedRequest): string {
  return request.output === 'html' && request.standalone !== false
    ? htmlDocument(formatted, `Bibliography (${STYLES[request.style].label})`)
    : formatted;
}
