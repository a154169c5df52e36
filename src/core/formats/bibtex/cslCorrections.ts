/**
 * Scholion's corrections to citation-js's BibLaTeX -> CSL mapping (mapping.ts reproduces that
 * mapping exactly, so the corrections live here, applied to its result): the journal of an
 * article, eprints (arXiv ...) kept as a link and an identifier, genres in words instead of type
 * keys, "and others" as pandoc's et-al marker, name particles under biblatex's useprefix, and
 * langid as a language tag. Reads the entry's decoded fields from mappedFields (still loaded from
 * the mapping) and its raw `options` field.
 */
import type { CslName } from '../../bibliography/model';
import { F, V } from './mappedFields';

type Item = Record<string, unknown>;

/** The localised strings biblatex prints for its type keys (english.lbx). */
export const BIBLATEX_TYPE_LABELS: Readonly<Record<string, string>> = {
  mathesis: "Master's thesis",
  phdthesis: 'PhD thesis',
  candthesis: 'Candidate thesis',
  techreport: 'Technical report',
  resreport: 'Research report',
  software: 'Computer software',
  datacd: 'CD-ROM',
  audiocd: 'Audio CD',
  patent: 'Patent',
  patentde: 'German patent',
  patenteu: 'European patent',
  patentfr: 'French patent',
  patentuk: 'British patent',
  patentus: 'U.S. patent',
  patreq: 'Patent request',
  patreqde: 'German patent request',
  patreqeu: 'European patent request',
  patreqfr: 'French patent request',
  patrequk: 'British patent request',
  patrequs: 'U.S. patent request',
};

/** Where an eprint of a known archive lives (as biblatex and pandoc link it). */
const EPRINT_URLS: Readonly<Record<string, string>> = {
  arxiv: 'https://arxiv.org/abs/',
  jstor: 'https://www.jstor.org/stable/',
  hdl: 'https://hdl.handle.net/',
  googlebooks: 'https://books.google.com?id=',
  pubmed: 'https://www.ncbi.nlm.nih.gov/pubmed/',
};

/** biblatex/babel language names -> BCP 47 tags (what CSL processors read). */
const LANGUAGE_TAGS: Readonly<Record<string, string>> = {
  english: 'en',
  american: 'en-US',
  USenglish: 'en-US',
  british: 'en-GB',
  UKenglish: 'en-GB',
  australian: 'en-AU',
  canadian: 'en-CA',
  newzealand: 'en-NZ',
  german: 'de-DE',
  ngerman: 'de-DE',
  austrian: 'de-AT',
  naustrian: 'de-AT',
  swissgerman: 'de-CH',
  nswissgerman: 'de-CH',
  french: 'fr-FR',
  francais: 'fr-FR',
  italian: 'it-IT',
  spanish: 'es-ES',
  portuguese: 'pt-PT',
  brazil: 'pt-BR',
  brazilian: 'pt-BR',
  dutch: 'nl-NL',
  swedish: 'sv-SE',
  danish: 'da-DK',
  norsk: 'nb-NO',
  nynorsk: 'nn-NO',
  finnish: 'fi-FI',
  polish: 'pl-PL',
  czech: 'cs-CZ',
  russian: 'ru-RU',
  greek: 'el-GR',
  latin: 'la',
  turkish: 'tr-TR',
  catalan: 'ca-AD',
  croatian: 'hr-HR',
  hungarian: 'hu-HU',
  japanese: 'ja-JP',
  chinese: 'zh-CN',
};

/** The name pandoc and citeproc read as "et al." (BibTeX's `and others`). */
export const OTHERS_MARKER: CslName = Object.freeze({ literal: 'others' });

/**
 * Corrects the CSL item `item` that citation-js's mapping made of a .bib entry of type `type`.
 * `options` and `entryset` are the entry's raw fields of those names; `dialect` says whether the entry is BibLaTeX
 * (whose default is useprefix=false) or classic BibTeX (whose styles print "de Alfaro" first).
 */
export function correctMappedItem(
  item: Item,
  type: string,
  options: string | undefined,
  dialect: 'bibtex' | 'biblatex',
  entryset?: string,
): void {
  // An @article's container is its journal, even when it also has a booktitle.
  if (type === 'article') {
    const journal = V[F.journaltitle] ?? V[F.journal];
    if (typeof journal === 'string' && journal) item['container-title'] = journal;
  }
  keepEprint(item);
  // A biblatex @set groups other entries and has no title of its own: say what it is, rather
  // than show an untitled anonymous work.
  if (type === 'set' && item.title === undefined && typeof entryset === 'string' && entryset) {
    item.title = `Entry set: ${entryset.split(/\s*,\s*/).join(', ')}`;
  }
  const genre = item.genre;
  if (typeof genre === 'string' && BIBLATEX_TYPE_LABELS[genre])
    item.genre = BIBLATEX_TYPE_LABELS[genre];
  const language = item.language;
  if (typeof language === 'string' && LANGUAGE_TAGS[language]) {
    item.language = LANGUAGE_TAGS[language];
  }
  const usePrefix = usePrefixOf(options) ?? dialect === 'bibtex';
  for (const role of NAME_ROLES) {
    const names = item[role];
    if (Array.isArray(names)) correctNames(names as CslName[], usePrefix);
  }
}

const NAME_ROLES = ['author', 'editor', 'translator', 'container-author'] as const;

/** An eprint as a link (when the entry has no URL) and, for preprints, as their number. */
function keepEprint(item: Item): void {
  const eprint = V[F.eprint];
  if (typeof eprint !== 'string' || !eprint) return;
  const archive = String(V[F.eprinttype] ?? V[F.archiveprefix] ?? '').toLowerCase();
  const base = EPRINT_URLS[archive];
  if (base && item.URL === undefined) item.URL = base + eprint;
  if (archive === 'arxiv' && item.number === undefined) {
    const number = V[F.number];
    item.number = typeof number === 'string' && /arxiv/i.test(number) ? number : `arXiv:${eprint}`;
  }
}

/** biblatex's `useprefix` option of an entry; undefined when the entry does not set it. */
function usePrefixOf(options: string | undefined): boolean | undefined {
  const m = options ? /(?:^|,)\s*useprefix\s*(?:=\s*(true|false))?\s*(?:,|$)/.exec(options) : null;
  return m ? m[1] !== 'false' : undefined;
}

/**
 * `others` as pandoc's et-al marker; particles dropping unless useprefix is on. Changes `names`
 * in place: the mapping made the list for this item (a copy per entry cost an array per list).
 */
function correctNames(names: CslName[], usePrefix: boolean): void {
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (i === names.length - 1 && i > 0 && isOthers(name)) {
      names[i] = OTHERS_MARKER;
      continue;
    }
    const particle = name['non-dropping-particle'];
    if (usePrefix || particle === undefined) continue;
    const { 'non-dropping-particle': _, ...rest } = name;
    names[i] = { ...rest, 'dropping-particle': particle };
  }
}

/** True for BibTeX's `and others` as citation-js reads it (a person called "others"). */
export function isOthers(name: CslName): boolean {
  return (
    (name.family === 'others' && name.given === undefined) ||
    (name.literal === 'others' && name.family === undefined)
  );
}
