/**
 * BibLaTeX fields (decoded) to CSL-JSON: citation-js's BibLaTeX mapping rule for rule, in its
 * order and with its converters, written out as straight code. citation-js runs a generic
 * translator that checks all ~75 rules' conditions through closures for every entry, which was
 * most of an import's mapping time; this gives the same items (same keys, values and key order —
 * tests/core/formats/mapping.test.ts compares the two on generated and real-world files).
 */
import type { CslName } from '../../bibliography/model';
import { bibConverters as C, biblatexTypeMap } from '../citationJs';
import { F, V, has, loadFields } from './fieldBits';

type Fields = Record<string, unknown>;
type Out = Record<string, unknown>;

const BOOKISH = new Set([
  'book',
  'mvbook',
  'inbook',
  'bookinbook',
  'suppbook',
  'collection',
  'mvcollection',
  'incollection',
  'suppcollection',
  'manual',
  'suppperiodical',
  'proceedings',
  'mvproceedings',
  'refererence', // sic, as citation-js spells it
]);
const ISSUE_TYPES = new Set(['article', 'periodical']);
const NUMBER_AS_ISSUE = new Set(['article', 'periodical', 'inproceedings']);
const NUMBER_AS_NUMBER = new Set(['patent', 'report', 'techreport', 'legislation']);

/** citation-js's PICK converter with the one argument it is given here. */
const pick = (v: unknown): unknown => (v ? v : undefined);

/** citation-js's TITLE converter (it ignores the addon). */
function title(main: unknown, sub: unknown): unknown {
  let t = main as string;
  if (sub) t += `: ${sub as string}`;
  return t;
}

/** A BibLaTeX name as citation-js's name translator maps it (given, family, suffix, particle). */
function cslName(n: Record<string, unknown>): CslName {
  const out: Record<string, unknown> = {};
  if (n.given !== undefined) out.given = n.given;
  if (n.family !== undefined) out.family = n.family;
  if (n.suffix !== undefined) out.suffix = n.suffix;
  if (n.prefix !== undefined) out['non-dropping-particle'] = n.prefix;
  return out as CslName;
}

function names(list: unknown): CslName[] {
  return (list as Record<string, unknown>[]).map(cslName);
}

type Converter = (a: unknown, b?: unknown, c?: unknown) => unknown;

/**
 * Runs one rule's converter; a failure reads like citation-js's ("Failed to convert a to b").
 * Arguments are passed, not closed over: a closure per call costs (tsx wraps each in __name).
 */
function run(
  from: string,
  to: string,
  convert: Converter,
  a: unknown,
  b?: unknown,
  c?: unknown,
): unknown {
  try {
    return convert(a, b, c);
  } catch (cause) {
    throw new Error(`Failed to convert ${from} to ${to}`, { cause });
  }
}

function set(out: Out, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

/**
 * Maps the decoded fields `f` of an entry of BibLaTeX type `type` with key `label` to CSL-JSON,
 * exactly as citation-js's `biblatex` mapping's `convertToTarget` does (with `f` plus its type
 * and label keys). `fieldNames` are the keys of `f` (what `in` would find); throws "Failed to
 * convert ..." where citation-js would.
 */
export function biblatexToCsl(
  f: Fields,
  fieldNames: readonly string[],
  type: string,
  label: string,
): Out {
  loadFields(f, fieldNames);
  return mapLoadedEntry(type, label);
}

/**
 * Maps the entry whose fields were recorded with fieldBits' setField (or loadFields), as
 * biblatexToCsl does.
 */
export function mapLoadedEntry(type: string, label: string): Out {
  const o: Out = {};
  // Aliases.
  if (has(F.annote) && !has(F.annotation)) set(o, 'annote', V[F.annote]);
  if (has(F.address) && !has(F.location)) set(o, 'publisher-place', pick(V[F.address]));
  if ((has(F.eprint) || has(F.archiveprefix)) && !has(F.eprinttype)) {
    set(o, 'PMID', C.EPRINT.toTarget(V[F.eprint], V[F.archiveprefix]));
  }
  if (has(F.journal) && !has(F.maintitle) && !has(F.booktitle) && !has(F.journaltitle)) {
    set(o, 'container-title', V[F.journal]);
  }
  if (has(F.school) && !has(F.institution) && !has(F.organization) && !has(F.publisher)) {
    set(o, 'publisher', pick(V[F.school]));
  }
  // Non-standard fields.
  if (has(F.numpages) && !has(F.pagetotal)) set(o, 'number-of-pages', V[F.numpages]);
  if (has(F.pmid) && V[F.eprinttype] !== 'pmid' && V[F.archiveprefix] !== 'pmid')
    set(o, 'PMID', V[F.pmid]);
  if (has(F.pmcid)) set(o, 'PMCID', V[F.pmcid]);
  if (has(F.s2id)) set(o, 'custom', { S2ID: V[F.s2id] });
  // BibLaTeX.
  if (has(F.abstract)) set(o, 'abstract', V[F.abstract]);
  if (has(F.urldate)) set(o, 'accessed', run('urldate', 'accessed', C.DATE.toTarget, V[F.urldate]));
  if (has(F.annotation)) set(o, 'annote', V[F.annotation]);
  if (has(F.author) || has(F['author+an:orcid'])) {
    set(
      o,
      'author',
      has(F['author+an:orcid'])
        ? run(
            'author,author+an:orcid',
            'author',
            C.NAMES_ORCID.toTarget,
            V[F.author],
            V[F['author+an:orcid']],
          )
        : run('author,author+an:orcid', 'author', names, V[F.author]),
    );
  }
  if (has(F.library)) set(o, 'call-number', V[F.library]);
  if (has(F.chapter)) set(o, 'chapter-number', V[F.chapter]);
  if (has(F.bookauthor)) {
    set(o, 'container-author', run('bookauthor', 'container-author', names, V[F.bookauthor]));
  }
  if (has(F.maintitle) || has(F.mainsubtitle) || has(F.maintitleaddon)) {
    set(o, 'container-title', title(V[F.maintitle], V[F.mainsubtitle]));
  }
  if ((has(F.booktitle) || has(F.booksubtitle) || has(F.booktitleaddon)) && !has(F.maintitle)) {
    set(o, 'container-title', title(V[F.booktitle], V[F.booksubtitle]));
  }
  if (
    (has(F.journaltitle) || has(F.journalsubtitle) || has(F.journaltitleaddon)) &&
    type === 'article'
  ) {
    set(o, 'container-title', title(V[F.journaltitle], V[F.journalsubtitle]));
  }
  if (has(F.shortjournal) && type === 'article') set(o, 'container-title-short', V[F.shortjournal]);
  if (has(F.number) && BOOKISH.has(type)) set(o, 'collection-number', V[F.number]);
  if (has(F.series)) set(o, 'collection-title', V[F.series]);
  if (has(F.shortseries)) set(o, 'collection-title-short', V[F.shortseries]);
  if (has(F.doi)) set(o, 'DOI', V[F.doi]);
  if (has(F.edition)) set(o, 'edition', V[F.edition]);
  if (has(F.editor)) set(o, 'editor', run('editor', 'editor', names, V[F.editor]));
  {
    let typeKey = has(F.type) ? V[F.type] : undefined;
    if (!typeKey) {
      if (type === 'mastersthesis') typeKey = 'mathesis';
      if (type === 'phdthesis') typeKey = 'phdthesis';
      if (type === 'techreport') typeKey = 'techreport';
    }
    set(o, 'type', biblatexTypeMap[type] || 'document');
    set(o, 'genre', typeKey || (has(F.entrysubtype) ? V[F.entrysubtype] : undefined));
  }
  if (has(F.eventdate)) {
    set(o, 'event-date', run('eventdate', 'event-date', C.DATE.toTarget, V[F.eventdate]));
  }
  if (has(F.venue)) set(o, 'event-place', V[F.venue]);
  if (has(F.eventtitle) || has(F.eventtitleaddon)) {
    set(o, 'event-title', C.EVENT_TITLE.toTarget(V[F.eventtitle], V[F.eventtitleaddon]));
  }
  o.id = label;
  o['citation-key'] = label;
  if (has(F.isbn)) set(o, 'ISBN', V[F.isbn]);
  if (has(F.issn)) set(o, 'ISSN', V[F.issn]);
  if (has(F.issue) && !has(F.number) && ISSUE_TYPES.has(type)) set(o, 'issue', V[F.issue]);
  if (has(F.number) && NUMBER_AS_ISSUE.has(type)) set(o, 'issue', V[F.number]);
  if (has(F.date)) set(o, 'issued', run('date', 'issued', C.DATE.toTarget, V[F.date]));
  if ((has(F.year) || has(F.month) || has(F.day)) && !has(F.date)) {
    set(
      o,
      'issued',
      run('year,month,day', 'issued', C.YEAR_MONTH.toTarget, V[F.year], V[F.month], V[F.day]),
    );
  }
  if (has(F.location) && V[F.type] === 'patent') set(o, 'jurisdiction', V[F.location]);
  if (has(F.keywords))
    set(o, 'keyword', run('keywords', 'keyword', C.KEYWORDS.toTarget, V[F.keywords]));
  if (has(F.language)) set(o, 'language', pick(V[F.language]));
  if (has(F.langid) && !has(F.language)) set(o, 'language', V[F.langid]);
  if (has(F.note)) set(o, 'note', V[F.note]);
  if (has(F.addendum) && !has(F.note)) set(o, 'note', V[F.addendum]);
  if (has(F.eid)) set(o, 'number', V[F.eid]);
  if ((has(F.isan) || has(F.ismn) || has(F.isrn) || has(F.iswc)) && type !== 'patent') {
    set(o, 'number', V[F.isan] || V[F.ismn] || V[F.isrn] || V[F.iswc] || undefined);
  }
  if (has(F.number) && NUMBER_AS_NUMBER.has(type)) set(o, 'number', V[F.number]);
  if (has(F.origdate)) {
    set(o, 'original-date', run('origdate', 'original-date', C.DATE.toTarget, V[F.origdate]));
  }
  if (has(F.origlocation)) set(o, 'original-publisher-place', pick(V[F.origlocation]));
  if (has(F.origpublisher)) set(o, 'original-publisher', pick(V[F.origpublisher]));
  if (has(F.origtitle)) set(o, 'original-title', V[F.origtitle]);
  if (has(F.pages) && (V[F.bookpagination] === undefined || V[F.bookpagination] === 'page')) {
    set(o, 'page', run('pages', 'page', C.PAGES.toTarget, V[F.pages]));
  }
  if (has(F.pagetotal)) set(o, 'number-of-pages', V[F.pagetotal]);
  if (has(F.part)) set(o, 'part-number', V[F.part]);
  if (has(F.eprint) || has(F.eprinttype))
    set(o, 'PMID', C.EPRINT.toTarget(V[F.eprint], V[F.eprinttype]));
  if (has(F.location)) set(o, 'publisher-place', pick(V[F.location]));
  if (has(F.publisher)) set(o, 'publisher', pick(V[F.publisher]));
  if (has(F.organization) && !has(F.publisher)) set(o, 'publisher', pick(V[F.organization]));
  if (has(F.institution) && !has(F.publisher) && !has(F.organization)) {
    set(o, 'publisher', pick(V[F.institution]));
  }
  if (
    has(F.howpublished) &&
    V[F.howpublished] &&
    !(V[F.howpublished] as string).startsWith('http') &&
    !has(F.publisher) &&
    !has(F.organization) &&
    !has(F.institution)
  ) {
    set(o, 'publisher', pick(V[F.howpublished]));
  }
  if ((has(F.pages) || has(F.bookpagination)) && V[F.bookpagination] === 'section') {
    set(o, 'section', V[F.pages]);
  }
  if (has(F.pubstate)) set(o, 'status', V[F.pubstate]);
  if (has(F.shorttitle)) set(o, 'title-short', V[F.shorttitle]);
  if (has(F.title) || has(F.subtitle) || has(F.titleaddon))
    set(o, 'title', title(V[F.title], V[F.subtitle]));
  if (has(F.translator))
    set(o, 'translator', run('translator', 'translator', names, V[F.translator]));
  if (has(F.url)) set(o, 'URL', V[F.url]);
  if (has(F.howpublished) && !has(F.url)) {
    set(o, 'URL', run('howpublished', 'URL', C.HOW_PUBLISHED.toTarget, V[F.howpublished]));
  }
  if (has(F.version)) set(o, 'version', V[F.version]);
  if (has(F.volume)) set(o, 'volume', V[F.volume]);
  if (has(F.volumes)) set(o, 'number-of-volumes', V[F.volumes]);
  if (has(F.issuetitle) || has(F.issuesubtitle) || has(F.issuetitleaddon)) {
    set(o, 'volume-title', title(V[F.issuetitle], V[F.issuesubtitle]));
  }
  return o;
}
