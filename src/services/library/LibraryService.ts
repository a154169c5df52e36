/**
 * Use cases over the bundled bibliography and the works of the library, with the bundled paper
 * analysed (the documents service serves it as the library's first document).
 */
import { loadBibliography, workAuthorsShort, workYear } from '../../core/bibliography';
import type { Work } from '../../core/bibliography/model';
import { BUNDLED_DOCUMENT_ID } from '../../core/documents';
import { analysePaper, summariseWorks } from '../../core/paper';
import type { AnalysedPaper, WorkDetail, WorkSummary } from '../../core/paper';
import { exportWorks, formatReference, warmUpSteps, type StyleId } from '../../core/formats';
import { NotFoundError } from '../errors';
import { loadBundledCsl } from '../export/cslResources';
import { findResourcesDir, readBundledResources } from './resources';

export type ReferenceStyle = StyleId;

export class LibraryService {
  private readonly summaries: WorkSummary[];
  private readonly byKey: Map<string, Work>;

  private constructor(
    /** The bundled bibliography. */
    readonly works: readonly Work[],
    /** The bundled paper (document BUNDLED_DOCUMENT_ID), analysed against `works`. */
    readonly paper: AnalysedPaper,
  ) {
    this.summaries = summariseWorks(works, paper);
    this.byKey = new Map(works.map((w) => [w.citationKey, w]));
    for (const w of works) for (const alias of w.aliases) this.byKey.set(alias, w);
  }

  /** Loads and analyses the bundled paper and bibliography (`resourcesDir` defaults to the repo's). */
  static async open(opts: { resourcesDir?: string } = {}): Promise<LibraryService> {
    const dir = opts.resourcesDir ?? findResourcesDir();
    const { paperSource, bibliography } = readBundledResources(dir);
    loadBundledCsl(dir);
    const works = loadBibliography(bibliography, { kind: 'bundled' });
    return new LibraryService(works, analysePaper(paperSource, works, BUNDLED_DOCUMENT_ID));
  }

  /**
   * Every work with its citation counts: the bundled works in bibliography order (a stored copy,
   * e.g. one an import merged fields into, replaces its bundled work), then the user's own works
   * (imported or typed) by label. `stored` are the works of the user's data folder.
   */
  listWorks(stored: readonly Work[] = []): WorkSummary[] {
    if (stored.length === 0) return this.summaries;
    const storedSummaries = new Map(summariseWorks(stored, this.paper).map((s) => [s.key, s]));
    const bundled = this.summaries.map((s) => storedSummaries.get(s.key) ?? s);
    const own = [...storedSummaries.values()]
      .filter((s) => !this.byKey.has(s.key))
      .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
    return [...bundled, ...own];
  }

  /**
   * One work (by key or alias; the user's stored works first) with its summary; throws
   * NotFoundError for an unknown key.
   */
  getWork(key: string, stored: readonly Work[] = []): WorkDetail {
    const work = this.findWork(key, stored);
    if (!work) throw new NotFoundError(`No work with key \`${key}\` in the library.`);
    const bundled = this.byKey.get(work.citationKey) === work;
    const summary = bundled
      ? this.summaries.find((s) => s.key === work.citationKey)
      : summariseWorks([work], this.paper)[0];
    if (!summary) throw new NotFoundError(`No work with key \`${key}\` in the library.`);
    return { ...summary, work };
  }

  /** The formatted reference of one work in a citation style. */
  formatReference(
    key: string,
    style: ReferenceStyle,
    format: 'text' | 'html',
    stored: readonly Work[] = [],
  ): string {
    const work = this.getWork(key, stored).work;
    // Only works by the same authors in the same year change how this one is disambiguated
    // ("2011c"), so the style sees those, never the whole (possibly huge) library.
    const names = workAuthorsShort(work);
    const year = workYear(work);
    const among = [...this.works, ...stored].filter(
      (w) => workYear(w) === year && workAuthorsShort(w) === names,
    );
    return formatReference(work, { style, format, among });
  }

  /**
   * Warms the citation engine of `style` so the first bibliography in it is fast (idle time), a
   * step (a few tens of ms; building the engine ~0.2 s) after each `turn` settles.
   */
  async warmUpFormatting(style: ReferenceStyle, turn: () => Promise<unknown>): Promise<void> {
    try {
      const steps = warmUpSteps(style);
      while (true) {
        await turn();
        if (steps.next().done) return;
      }
    } catch {
      // Only a head start: formatting works (more slowly) without it.
    }
  }

  /** BibTeX for the given works (all works, bundled and stored, when `keys` is empty). */
  exportBibtex(keys: readonly string[], stored: readonly Work[] = []): string {
    const works = keys.length
      ? keys.map((k) => this.getWork(k, stored).work)
      : this.allWorks(stored);
    return exportWorks(works, 'bibtex');
  }

  /** The bundled works (each replaced by its stored copy, if any) and then the stored ones. */
  allWorks(stored: readonly Work[] = []): Work[] {
    const byKey = new Map(stored.map((w) => [w.citationKey, w]));
    const bundled = this.works.map((w) => byKey.get(w.citationKey) ?? w);
    return [...bundled, ...stored.filter((w) => !this.byKey.has(w.citationKey))];
  }

  private findWork(key: string, stored: readonly Work[]): Work | undefined {
    const own =
      stored.find((w) => w.citationKey === key) ?? stored.find((w) => w.aliases.includes(key));
    const found = own ?? this.byKey.get(key);
    if (!found) return undefined;
    return stored.find((w) => w.citationKey === found.citationKey) ?? found;
  }
}
