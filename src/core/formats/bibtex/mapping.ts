/**
 * BibLaTeX fields (decoded) to CSL-JSON: citation-js's BibLaTeX mapping rule for rule, in its
 * order and with its converters, written out as straight code. citation-js runs a generic
 * translator that checks all ~75 rules' conditions through closures for every entry, which was
 * most of an import's mapping time; this gives the same items (same keys, values and key order —
 * tests/core/formats/mapping.test.ts compares the two on generated and real-world files).
 */
import type { CslName } from '../../bibliography/model';
import { bibConverters as C, biblatexTypeMap } from '../citationJs';
import { F, has, markPresent } from './fieldBits';

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
  markPresent(fieldNames);
  const o: Out = {};
  // Aliases.
  if (has(F.annote) && !has(F.annotation)) set(o, 'annote', f.annote);
  if (has(F.address) && !has(F.location)) set(o, 'publisher-place', pick(f.address));
  if ((has(F.eprint) || has(F.archiveprefix)) && !has(F.eprinttype)) {
    set(o, 'PMID', C.EPRINT.toTarget(f.eprint, f.archiveprefix));
  }
  if (has(F.journal) && !has(F.maintitle) && !has(F.booktitle) && !has(F.journaltitle)) {
    set(o, 'container-title', f.journal);
  }
  if (has(F.school) && !has(F.institution) && !has(F.organization) && !has(F.publisher)) {
    set(o, 'publisher', pick(f.school));
  }
  // Non-standard fields.
  if (has(F.numpages) && !has(F.pagetotal)) set(o, 'number-of-pages', f.numpages);
  if (has(F.pmid) && f.eprinttype !== 'pmid' && f.archiveprefix !== 'pmid') set(o, 'PMID', f.pmid);
  if (has(F.pmcid)) set(o, 'PMCID', f.pmcid);
  if (has(F.s2id)) set(o, 'custom', { S2ID: f.s2id });
  // BibLaTeX.
  if (has(F.abstract)) set(o, 'abstract', f.abstract);
  if (has(F.urldate)) set(o, 'accessed', run('urldate', 'accessed', C.DATE.toTarget, f.urldate));
  if (has(F.annotation)) set(o, 'annote', f.annotation);
  if (has(F.author) || has(F['author+an:orcid'])) {
    set(
      o,
      'author',
      has(F['author+an:orcid'])
        ? run(
            'author,author+an:orcid',
            'author',
            C.NAMES_ORCID.toTarget,
            f.author,
            f['author+an:orcid'],
          )
        : run('author,author+an:orcid', 'author', names, f.author),
    );
  }
  if (has(F.library)) set(o, 'call-number', f.library);
  if (has(F.chapter)) set(o, 'chapter-number', f.chapter);
  if (has(F.bookauthor)) {
    set(o, 'container-author', run('bookauthor', 'container-author', names, f.bookauthor));
  }
  if (has(F.maintitle) || has(F.mainsubtitle) || has(F.maintitleaddon)) {
    set(o, 'container-title', title(f.maintitle, f.mainsubtitle));
  }
  if ((has(F.booktitle) || has(F.booksubtitle) || has(F.booktitleaddon)) && !has(F.maintitle)) {
    set(o, 'container-title', title(f.booktitle, f.booksubtitle));
  }
  if (
    (has(F.journaltitle) || has(F.journalsubtitle) || has(F.journaltitleaddon)) &&
    type === 'article'
  ) {
    set(o, 'container-title', title(f.journaltitle, f.journalsubtitle));
  }
  if (has(F.shortjournal) && type === 'article') set(o, 'container-title-short', f.shortjournal);
  if (has(F.number) && BOOKISH.has(type)) set(o, 'collection-number', f.number);
  if (has(F.series)) set(o, 'collection-title', f.series);
  if (has(F.shortseries)) set(o, 'collection-title-short', f.shortseries);
  if (has(F.doi)) set(o, 'DOI', f.doi);
  if (has(F.edition)) set(o, 'edition', f.edition);
  if (has(F.editor)) set(o, 'editor', run('editor', 'editor', names, f.editor));
  {
    let typeKey = has(F.type) ? f.type : undefined;
    if (!typeKey) {
      if (type === 'mastersthesis') typeKey = 'mathesis';
      if (type === 'phdthesis') typeKey = 'phdthesis';
      if (type === 'techreport') typeKey = 'techreport';
    }
    set(o, 'type', biblatexTypeMap[type] || 'document');
    set(o, 'genre', typeKey || (has(F.entrysubtype) ? f.entrysubtype : undefined));
  }
  if (has(F.eventdate)) {
    set(o, 'event-date', run('eventdate', 'event-date', C.DATE.toTarget, f.eventdate));
  }
  if (has(F.venue)) set(o, 'event-place', f.venue);
  if (has(F.eventtitle) || has(F.eventtitleaddon)) {
    set(o, 'event-title', C.EVENT_TITLE.toTarget(f.eventtitle, f.eventtitleaddon));
  }
  o.id = label;
  o['citation-key'] = label;
  if (has(F.isbn)) set(o, 'ISBN', f.isbn);
  if (has(F.issn)) set(o, 'ISSN', f.issn);
  if (has(F.issue) && !has(F.number) && ISSUE_TYPES.has(type)) set(o, 'issue', f.issue);
  if (has(F.number) && NUMBER_AS_ISSUE.has(type)) set(o, 'issue', f.number);
  if (has(F.date)) set(o, 'issued', run('date', 'issued', C.DATE.toTarget, f.date));
  if ((has(F.year) || has(F.month) || has(F.day)) && !has(F.date)) {
    set(
      o,
      'issued',
      run('year,month,day', 'issued', C.YEAR_MONTH.toTarget, f.year, f.month, f.day),
    );
  }
  if (has(F.location) && f.type === 'patent') set(o, 'jurisdiction', f.location);
  if (has(F.keywords))
    set(o, 'keyword', run('keywords', 'keyword', C.KEYWORDS.toTarget, f.keywords));
  if (has(F.language)) set(o, 'language', pick(f.language));
  if (has(F.langid) && !has(F.language)) set(o, 'language', f.langid);
  if (has(F.note)) set(o, 'note', f.note);
  if (has(F.addendum) && !has(F.note)) set(o, 'note', f.addendum);
  if (has(F.eid)) set(o, 'number', f.eid);
  if ((has(F.isan) || has(F.ismn) || has(F.isrn) || has(F.iswc)) && type !== 'patent') {
    set(o, 'number', f.isan || f.ismn || f.isrn || f.iswc || undefined);
  }
  if (has(F.number) && NUMBER_AS_NUMBER.has(type)) set(o, 'number', f.number);
  if (has(F.origdate)) {
    set(o, 'original-date', run('origdate', 'original-date', C.DATE.toTarget, f.origdate));
  }
  if (has(F.origlocation)) set(o, 'original-publisher-place', pick(f.origlocation));
  if (has(F.origpublisher)) set(o, 'original-publisher', pick(f.origpublisher));
  if (has(F.origtitle)) set(o, 'original-title', f.origtitle);
  if (has(F.pages) && (f.bookpagination === undefined || f.bookpagination === 'page')) {
    set(o, 'page', run('pages', 'page', C.PAGES.toTarget, f.pages));
  }
  if (has(F.pagetotal)) set(o, 'number-of-pages', f.pagetotal);
  if (has(F.part)) set(o, 'part-number', f.part);
  if (has(F.eprint) || has(F.eprinttype)) set(o, 'PMID', C.EPRINT.toTarget(f.eprint, f.eprinttype));
  if (has(F.location)) set(o, 'publisher-place', pick(f.location));
  if (has(F.publisher)) set(o, 'publisher', pick(f.publisher));
  if (has(F.organization) && !has(F.publisher)) set(o, 'publisher', pick(f.organization));
  if (has(F.institution) && !has(F.publisher) && !has(F.organization)) {
    set(o, 'publisher', pick(f.institution));
  }
  if (
    has(F.howpublished) &&
    f.howpublished &&
    !(f.howpublished as string).startsWith('http') &&
    !has(F.publisher) &&
    !has(F.organization) &&
    !has(F.institution)
  ) {
    set(o, 'publisher', pick(f.howpublished));
  }
  if ((has(F.pages) || has(F.bookpagination)) && f.bookpagination === 'section') {
    set(o, 'section', f.pages);
  }
  if (has(F.pubstate)) set(o, 'status', f.pubstate);
  if (has(F.shorttitle)) set(o, 'title-short', f.shorttitle);
  if (has(F.title) || has(F.subtitle) || has(F.titleaddon))
    set(o, 'title', title(f.title, f.subtitle));
  if (has(F.translator)) set(o, 'translator', run('translator', 'translator', names, f.translator));
  if (has(F.url)) set(o, 'URL', f.url);
  if (has(F.howpublished) && !has(F.url)) {
    set(o, 'URL', run('howpublished', 'URL', C.HOW_PUBLISHED.toTarget, f.howpublished));
  }
  if (has(F.version)) set(o, 'version', f.version);
  if (has(F.volume)) set(o, 'volume', f.volume);
  if (has(F.volumes)) set(o, 'number-of-volumes', f.volumes);
  if (has(F.issuetitle) || has(F.issuesubtitle) || has(F.issuetitleaddon)) {
    set(o, 'volume-title', title(f.issuetitle, f.issuesubtitle));
  }
  return o;
}
