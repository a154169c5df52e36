/**
 * The baseline the search index is measured against: MiniSearch 7.2 over the same library and
 * queries, with its defaults (exact words) or configured for typing (prefix, fuzzy 0.2, folded
 * diacritics, boosts). Its search returns every match, scored, built and sorted; the UI keeps 10.
 */
import MiniSearch, { type Options } from 'minisearch';
import { generateLibrary, type GeneratedLibrary } from './generate';
import { measureBuild, timeQueries, type BuildFigures, type QueryFigures } from './searchTiming';

export type MiniSearchConfig = 'defaults' | 'as-you-type';

type Doc = Record<
  'id' | 'key' | 'title' | 'authors' | 'container' | 'year' | 'tags' | 'body',
  string
>;

function documents(library: GeneratedLibrary): Doc[] {
  const docs: Doc[] = library.works.map((w) => ({
    id: `w:${w.citationKey}`,
    key: w.citationKey,
    title: w.csl.title ?? '',
    authors: (w.csl.author ?? [])
      .map((a) =>
        [a.given, a['non-dropping-particle'], a.family, a.literal].filter(Boolean).join(' '),
      )
      .join('; '),
    container: typeof w.csl['container-title'] === 'string' ? w.csl['container-title'] : '',
    year: String(w.csl.issued?.['date-parts']?.[0]?.[0] ?? ''),
    tags: w.tags.join(' '),
    body: '',
  }));
  for (const n of library.notes) {
    docs.push({
      id: `n:${n.id}`,
      key: '',
      title: n.title,
      authors: '',
      container: '',
      year: '',
      tags: n.tags.join(' '),
      body: n.body,
    });
  }
  return docs;
}

const fold = (term: string): string => term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** MiniSearch over the same library and queries as `benchSearch`. */
export function benchMiniSearch(
  size: number,
  options: { library?: GeneratedLibrary; rounds?: number; config?: MiniSearchConfig } = {},
): BuildFigures & QueryFigures & { config: MiniSearchConfig } {
  const config = options.config ?? 'defaults';
  const docs = documents(options.library ?? generateLibrary(size));
  const msOptions: Options<Doc> = {
    fields: ['key', 'title', 'authors', 'container', 'year', 'tags', 'body'],
    storeFields: ['title'],
  };
  if (config === 'as-you-type') {
    msOptions.processTerm = fold;
    msOptions.searchOptions = { prefix: true, fuzzy: 0.2, boost: { key: 3, authors: 3, title: 2 } };
  }
  const { result: index, ...build } = measureBuild(() => {
    const index = new MiniSearch<Doc>(msOptions);
    index.addAll(docs);
    return index;
  });
  const queries = timeQueries((q) => index.search(q).slice(0, 10), options.rounds);
  return { config, ...build, ...queries };
}
