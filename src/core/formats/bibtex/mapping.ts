/**
 * BibLaTeX fields (decoded) to CSL-JSON: citation-js's BibLaTeX mapping rule for rule, in its
 * order and with its converters, written out as straight code. citation-js runs a generic
 * translator that checks all ~75 rules' conditions through closures for every entry, which was
 * most of an import's mapping time; this gives the same items (same keys, values and key order —
 * tests/core/formats/mapping.test.ts compares the two on generated and real-world files).
 */
import type { CslName } from '../../bibliography/model';
import { bibConverters as C, biblatexTypeMap } from '../citationJs';
import { F, P, V, loadFields } from './mappedFields';

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
 * Maps the entry whose fields were recorded with mappedFields' setField (or loadFields), as
 * biblatexToCsl does.
 */
export function mapLoadedEntry(type: string, label: string): Out {
  const o: Out = {};
  // Aliases.
  if (P[F.annote] && !P[F.annotation]) set(o, 'annote', V[F.annote]);
  if (P[F.address] && !P[F.location]) set(o, 'publisher-place', pick(V[F.address]));
  if ((P[F.eprint] || P[F.archiveprefix]) && !P[F.eprinttype]) {
    set(o, 'PMID', C.EPRINT.toTarget(V[F.eprint], V[F.archiveprefix]));
  }
  if (P[F.journal] && !P[F.maintitle] && !P[F.booktitle] && !P[F.journaltitle]) {
    set(o, 'container-title', V[F.journal]);
  }
  if (P[F.school] && !P[F.institution] && !P[F.organization] && !P[F.publisher]) {
    set(o, 'publisher', pick(V[F.school]));
  }
  // Non-standard fields.
  if (P[F.numpages] && !P[F.pagetotal]) set(o, 'number-of-pages', V[F.numpages]);
  if (P[F.pmid] && V[F.eprinttype] !== 'pmid' && V[F.archiveprefix] !== 'pmid')
    set(o, 'PMID', V[F.pmid]);
  if (P[F.pmcid]) set(o, 'PMCID', V[F.pmcid]);
  if (P[F.s2id]) set(o, 'custom', { S2ID: V[F.s2id] });
  // BibLaTeX.
  if (P[F.abstract]) set(o, 'abstract', V[F.abstract]);
  if (P[F.urldate]) set(o, 'accessed', run('urldate', 'accessed', C.DATE.toTarget, V[F.urldate]));
  if (P[F.annotation]) set(o, 'annote', V[F.annotation]);
  if (P[F.author] || P[F['author+an:orcid']]) {
    set(
      o,
      'author',
      P[F['author+an:orcid']]
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
  if (P[F.library]) set(o, 'call-number', V[F.library]);
  if (P[F.chapter]) set(o, 'chapter-number', V[F.chapter]);
  if (P[F.bookauthor]) {
    set(o, 'container-author', run('bookauthor', 'container-author', names, V[F.bookauthor]));
  }
  if (P[F.maintitle] || P[F.mainsubtitle] || P[F.maintitleaddon]) {
    set(o, 'container-title', title(V[F.maintitle], V[F.mainsubtitle]));
  }
  if ((P[F.booktitle] || P[F.booksubtitle] || P[F.booktitleaddon]) && !P[F.maintitle]) {
    set(o, 'container-title', title(V[F.booktitle], V[F.booksubtitle]));
  }
  if ((P[F.journaltitle] || P[F.journalsubtitle] || P[F.journaltitleaddon]) && type === 'article') {
    set(o, 'container-title', title(V[F.journaltitle], V[F.journalsubtitle]));
  }
  if (P[F.shortjournal] && type === 'article') set(o, 'container-title-short', V[F.shortjournal]);
  if (P[F.number] && BOOKISH.has(type)) set(o, 'collection-number', V[F.number]);
  if (P[F.series]) set(o, 'collection-title', V[F.series]);
  if (P[F.shortseries]) set(o, 'collection-title-short', V[F.shortseries]);
  if (P[F.doi]) set(o, 'DOI', V[F.doi]);
  if (P[F.edition]) set(o, 'edition', V[F.edition]);
  if (P[F.editor]) set(o, 'editor', run('editor', 'editor', names, V[F.editor]));
  {
    let typeKey = P[F.type] ? V[F.type] : undefined;
    if (!typeKey) {
      if (type === 'mastersthesis') typeKey = 'mathesis';
      if (type === 'phdthesis') typeKey = 'phdthesis';
      if (type === 'techreport') typeKey = 'techreport';
    }
    set(o, 'type', biblatexTypeMap[type] || 'document');
    set(o, 'genre', typeKey || (P[F.entrysubtype] ? V[F.entrysubtype] : undefined));
  }
  if (P[F.eventdate]) {
    set(o, 'event-date', run('eventdate', 'event-date', C.DATE.toTarget, V[F.eventdate]));
  }
  if (P[F.venue]) set(o, 'event-place', V[F.venue]);
  if (P[F.eventtitle] || P[F.eventtitleaddon]) {
    set(o, 'event-title', C.EVENT_TITLE.toTarget(V[F.eventtitle], V[F.eventtitleaddon]));
  }
  o.id = label;
  o['citation-key'] = label;
  if (P[F.isbn]) set(o, 'ISBN', V[F.isbn]);
  if (P[F.issn]) set(o, 'ISSN', V[F.issn]);
  if (P[F.issue] && !P[F.number] && ISSUE_TYPES.has(type)) set(o, 'issue', V[F.issue]);
  if (P[F.number] && NUMBER_AS_ISSUE.has(type)) set(o, 'issue', V[F.number]);
  if (P[F.date]) set(o, 'issued', run('date', 'issued', C.DATE.toTarget, V[F.date]));
  if ((P[F.year] || P[F.month] || P[F.day]) && !P[F.date]) {
    set(
      o,
      'issued',
      run('year,month,day', 'issued', C.YEAR_MONTH.toTarget, V[F.year], V[F.month], V[F.day]),
    );
  }
  if (P[F.location] && V[F.type] === 'patent') set(o, 'jurisdiction', V[F.location]);
  if (P[F.keywords])
    set(o, 'keyword', run('keywords', 'keyword', C.KEYWORDS.toTarget, V[F.keywords]));
  if (P[F.language]) set(o, 'language', pick(V[F.language]));
  if (P[F.langid] && !P[F.language]) set(o, 'language', V[F.langid]);
  if (P[F.note]) set(o, 'note', V[F.note]);
  if (P[F.addendum] && !P[F.note]) set(o, 'note', V[F.addendum]);
  if (P[F.eid]) set(o, 'number', V[F.eid]);
  if ((P[F.isan] || P[F.ismn] || P[F.isrn] || P[F.iswc]) && type !== 'patent') {
    set(o, 'number', V[F.isan] || V[F.ismn] || V[F.isrn] || V[F.iswc] || undefined);
  }
  if (P[F.number] && NUMBER_AS_NUMBER.has(type)) set(o, 'number', V[F.number]);
  if (P[F.origdate]) {
    set(o, 'original-date', run('origdate', 'original-date', C.DATE.toTarget, V[F.origdate]));
  }
  if (P[F.origlocation]) set(o, 'original-publisher-place', pick(V[F.origlocation]));
  if (P[F.origpublisher]) set(o, 'original-publisher', pick(V[F.origpublisher]));
  if (P[F.origtitle]) set(o, 'original-title', V[F.origtitle]);
  if (P[F.pages] && (V[F.bookpagination] === undefined || V[F.bookpagination] === 'page')) {
    set(o, 'page', run('pages', 'page', C.PAGES.toTarget, V[F.pages]));
  }
  if (P[F.pagetotal]) set(o, 'number-of-pages', V[F.pagetotal]);
  if (P[F.part]) set(o, 'part-number', V[F.part]);
  if (P[F.eprint] || P[F.eprinttype])
    set(o, 'PMID', C.EPRINT.toTarget(V[F.eprint], V[F.eprinttype]));
  if (P[F.location]) set(o, 'publisher-place', pick(V[F.location]));
  if (P[F.publisher]) set(o, 'publisher', pick(V[F.publisher]));
  if (P[F.organization] && !P[F.publisher]) set(o, 'publisher', pick(V[F.organization]));
  if (P[F.institution] && !P[F.publisher] && !P[F.organization]) {
    set(o, 'publisher', pick(V[F.institution]));
  }
  if (
    P[F.howpublished] &&
    V[F.howpublished] &&
    !(V[F.howpublished] as string).startsWith('http') &&
    !P[F.publisher] &&
    !P[F.organization] &&
    !P[F.institution]
  ) {
    set(o, 'publisher', pick(V[F.howpublished]));
  }
  if ((P[F.pages] || P[F.bookpagination]) && V[F.bookpagination] === 'section') {
    set(o, 'section', V[F.pages]);
  }
  if (P[F.pubstate]) set(o, 'status', V[F.pubstate]);
  if (P[F.shorttitle]) set(o, 'title-short', V[F.shorttitle]);
  if (P[F.title] || P[F.subtitle] || P[F.titleaddon])
    set(o, 'title', title(V[F.title], V[F.subtitle]));
  if (P[F.translator])
    set(o, 'translator', run('translator', 'translator', names, V[F.translator]));
  if (P[F.url]) set(o, 'URL', V[F.url]);
  if (P[F.howpublished] && !P[F.url]) {
    set(o, 'URL', run('howpublished', 'URL', C.HOW_PUBLISHED.toTarget, V[F.howpublished]));
  }
  if (P[F.version]) set(o, 'version', V[F.version]);
  if (P[F.volume]) set(o, 'volume', V[F.volume]);
  if (P[F.volumes]) set(o, 'number-of-volumes', V[F.volumes]);
  if (P[F.issuetitle] || P[F.issuesubtitle] || P[F.issuetitleaddon]) {
    set(o, 'volume-title', title(V[F.issuetitle], V[F.issuesubtitle]));
  }
  return o;
}
