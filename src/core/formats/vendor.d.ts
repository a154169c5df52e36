// Type declarations for the parts of citation-js (CommonJS, untyped) that src/core/formats/ uses.

declare module '@citation-js/core' {
  interface Register<T> {
    add(name: string, value: T): void;
    get(name: string): T | undefined;
    has(name: string): boolean;
    list(): string[];
  }
  export const plugins: {
    config: {
      get(plugin: '@bibtex'): {
        parse: { biblatex: boolean; strict: boolean; sentenceCase: 'never' | 'english' | 'always' };
        format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
        types: { biblatex: { source: Record<string, string> } };
      };
      get(plugin: '@csl'): { templates: Register<string>; locales: Register<string> };
    };
  };
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
  }
  export const logger: { level: string; _log: { push(...items: unknown[]): number } };
}

declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-ris' {}

/** A BibLaTeX entry as citation-js's mapping sees it: field values already decoded. */
interface CitationJsBibEntry {
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

declare module '@citation-js/plugin-bibtex/lib/input/value.js' {
  /** Decodes one LaTeX field value (names, lists, dates, text) for `field`. Throws on bad LaTeX. */
  export function parse(text: string, field: string, languages?: string | string[]): unknown;
}

declare module '@citation-js/plugin-bibtex/lib/input/constants.js' {
  export const fieldTypes: Record<string, [string, string]>;
  export const diacritics: Record<string, string>;
  export const commands: Record<string, string>;
  export const ligatures: Record<string, string>;
  export const mathCommands: Record<string, string>;
  export const formattingCommands: Record<string, string>;
  export const formattingEnvs: Record<string, string | undefined>;
  export const argumentCommands: Record<string, (...args: string[]) => string>;
}

declare module '@citation-js/plugin-bibtex/lib/mapping/biblatex.js' {
  const spec: {
    convertToTarget(entry: Record<string, unknown>): Record<string, unknown>;
    convertToSource(item: Record<string, unknown>): Record<string, unknown>;
  };
  export default spec;
}

declare module '@citation-js/plugin-bibtex/lib/mapping/bibtex.js' {
  const spec: {
    convertToTarget(entry: Record<string, unknown>): Record<string, unknown>;
    convertToSource(item: Record<string, unknown>): Record<string, unknown>;
  };
  export default spec;
}

declare module '@citation-js/plugin-bibtex/lib/mapping/shared.js' {
  export const TYPE: string;
  export const LABEL: string;
  /** The value converters of citation-js's BibTeX/BibLaTeX mappings (toTarget: .bib -> CSL). */
  export const Converters: {
    DATE: { toTarget(date: unknown): unknown };
    YEAR_MONTH: { toTarget(year: unknown, month: unknown, day: unknown): unknown };
    EPRINT: { toTarget(id: unknown, type: unknown): unknown };
    EVENT_TITLE: { toTarget(title: unknown, addon: unknown): unknown };
    HOW_PUBLISHED: { toTarget(howPublished: unknown): unknown };
    KEYWORDS: { toTarget(list: unknown): unknown };
    PAGES: { toTarget(pages: unknown): unknown };
    NAMES_ORCID: { toTarget(list: unknown, orcid: unknown): unknown };
  };
}

declare module '@citation-js/plugin-bibtex/lib/mapping/crossref.js' {
  export function crossref(
    type: string,
    properties: Record<string, unknown>,
    registry: Record<string, CitationJsBibEntry>,
  ): Record<string, unknown>;
}

declare module '@citation-js/plugin-ris/lib/ris.js' {
  /** Splits RIS text into tag maps (one per TY..ER record). */
  export function parse(text: string): Record<string, string | string[]>[];
  /** One RIS record (tag map) to CSL-JSON. */
  export function parseMixed(record: Record<string, string | string[]>): Record<string, unknown>;
  /** CSL-JSON items to RIS tag maps (`format: 'object'`). */
  export function format(
    items: Record<string, unknown>[],
    opts: { format: 'object'; spec?: 'new' | 'old' | 'mixed' },
  ): Record<string, string | number | (string | number)[]>[];
}

declare module 'citeproc' {
  interface CiteprocSys {
    retrieveItem(id: string): unknown;
    retrieveLocale(lang: string): string | undefined;
    /** Scholion's own flag: the engine renders bibliographies only (see citationJs.ts). */
    bibliographyOnly?: boolean;
    /** Scholion's own: ids of registered items no other can be confused with (citationJs.ts). */
    unambiguous?: ReadonlySet<string>;
  }
  /** A registry entry: what citeproc knows of one registered item. */
  interface RegistryEntry {
    disambig: unknown;
    /** The item's bibliography sort keys (undefined for an empty key). */
    sortkeys?: (string | undefined)[];
    siblings?: string[];
    master?: boolean;
  }
  /** Filters of makeBibliography: `include` renders the items matching any one of them. */
  interface BibSection {
    include?: { field: string; value: string }[];
  }
  interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
    'suppress-author'?: boolean;
  }
  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    sys: CiteprocSys;
    opt: { development_extensions: Record<string, boolean>; [option: string]: unknown };
    tmp: { lang_array: string[]; disambig_settings: unknown };
    registry: {
      registry: Record<string, RegistryEntry | undefined>;
      ambigcites: Record<string, string[] | undefined>;
      getSortedIds(): string[];
      /** Compares two items by the style's bibliography sort keys, then by `seq`. */
      sorter: {
        compareKeys(
          a: { sortkeys?: (string | undefined)[]; seq?: number },
          b: { sortkeys?: (string | undefined)[]; seq?: number },
        ): number;
      };
    };
    bibliography: {
      opt: {
        hangingindent?: number | boolean;
        'subsequent-author-substitute'?: string;
        exclude_types?: unknown;
        exclude_with_fields?: unknown;
        consolidate_containers?: string[];
      };
    };
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[], nosort?: boolean): string[];
    /** Without citations: empties the registry (a fresh registry, tmp state and disambiguator). */
    restoreProcessorState(citations?: unknown[]): unknown;
    makeBibliography(bibsection?: BibSection):
      | [
          {
            bibstart: string;
            bibend: string;
            entry_ids: string[][];
            hangingindent?: number | boolean;
          },
          string[],
        ]
      | false;
    makeCitationCluster(items: CiteItem[]): string;
  }
  /** citeproc's disambiguator (one per engine); `run` works on one ambiguity group. */
  export class Disambiguation {
    state: Engine;
    run(akey: string): void;
  }
  export class AmbigConfig {}
  const CSL: {
    Engine: typeof Engine;
    Disambiguation: typeof Disambiguation;
    AmbigConfig: typeof AmbigConfig;
    getAmbiguousCite: (
      this: Engine,
      Item: { id: string },
      disambig?: unknown,
      visualForm?: unknown,
      item?: unknown,
    ) => string;
    toLocaleLowerCase: (this: Engine, s: string) => string;
    toLocaleUpperCase: (this: Engine, s: string) => string;
    stringCompare: ((a: string, b: string) => number) | undefined;
  };
  export default CSL;
}
