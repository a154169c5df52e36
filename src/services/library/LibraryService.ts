/** Use cases over the bundled paper and its bibliography: what the reader and the CLI show. */
import { loadBibliography } from '../../core/bibliography';
import type { Work } from '../../core/bibliography/model';
import { analysePaper, summariseWorks } from '../../core/paper';
import type { AnalysedPaper, WorkDetail, WorkSummary } from '../../core/paper';
import { exportWorks, formatReference } from '../../core/formats';
import { NotFoundError } from '../errors';
import { loadBundledCsl } from '../export/cslResources';
import { findResourcesDir, readBundledResources } from './resources';

export type ReferenceStyle = 'apa' | 'chicago-author-date' | 'harvard' | 'mla';

export class LibraryService {
  private readonly summaries: WorkSummary[];
  private readonly byKey: Map<string, Work>;

  private constructor(
    readonly works: readonly Work[],
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
    return new LibraryService(works, analysePaper(paperSource, works));
  }

  /** The paper with its citations and claims. */
  getPaper(): AnalysedPaper {
    return this.paper;
  }

  /** Every work with its citation counts, in bibliography order. */
  listWorks(): WorkSummary[] {
    return this.summaries;
  }

  /** One work (by key or alias) with its summary; throws NotFoundError for an unknown key. */
  getWork(key: string): WorkDetail {
    const work = this.byKey.get(key);
    const summary = work && this.summaries.find((s) => s.key === work.citationKey);
    if (!work || !summary) throw new NotFoundError(`No work with key \`${key}\` in the library.`);
    return { ...summary, work };
  }

  /** The formatted reference of one work in a citation style. */
  formatReference(key: string, style: ReferenceStyle, format: 'text' | 'html'): string {
    return formatReference(this.getWork(key).work, { style, format });
  }

  /** BibTeX for the given works (all works when `keys` is empty). */
  exportBibtex(keys: readonly string[]): string {
    const works = keys.length ? keys.map((k) => this.getWork(k).work) : [...this.works];
    return exportWorks(works, 'bibtex');
  }
}
