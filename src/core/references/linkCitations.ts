// Links in-text citations to reference entries: numbers to labels, author-year to names + year.
import { joinNames } from '../citations/authors';
import type { Citation } from '../citations/model';
import {
  acronym,
  compact,
  keysOverlap,
  nameKeys,
  writtenNameKeys,
} from '../bibliography/normalise';
import { datelessOf, type EntryKey } from './entryKeys';
import type { ReferenceEntry } from './model';

/** Where a citation links: an entry id, or why it links nowhere. */
export type Link = { referenceId: string } | { referenceId: null; reason: string };

/** Links a cited number to the entry labelled so (or, in an unlabelled list, the n-th entry). */
export function linkNumber(n: number, entries: ReadonlyArray<ReferenceEntry>): Link {
  if (entries.length === 0)
    return { referenceId: null, reason: 'the document has no reference list' };
  const labelled = entries.some((e) => e.label !== null);
  const found = labelled ? entries.find((e) => e.label === String(n)) : entries[n - 1];
  if (found) return { referenceId: found.id };
  const last = labelled ? entries[entries.length - 1]?.label : String(entries.length);
  return {
    referenceId: null,
    reason: `no reference entry numbered ${n} (the list ends at ${last ?? '?'})`,
  };
}

/**
 * The keys a cited name may match: as written, and for an abbreviation defined in the text
 * ("United Nations Children's Fund [UNICEF]") those of its long form too.
 */
const citedKeyCache = new WeakMap<ReadonlyMap<string, string>, Map<string, Set<string>>>();

/** `citedKeys`, remembered per abbreviation table: a paper cites the same names again and again. */
function citedKeys(name: string, abbreviations: ReadonlyMap<string, string>): Set<string> {
  let cache = citedKeyCache.get(abbreviations);
  if (!cache) citedKeyCache.set(abbreviations, (cache = new Map()));
  let keys = cache.get(name);
  if (!keys) cache.set(name, (keys = keysOfCitedName(name, abbreviations)));
  return keys;
}

function keysOfCitedName(name: string, abbreviations: ReadonlyMap<string, string>): Set<string> {
  const keys = writtenNameKeys(name);
  const long = abbreviations.get(name);
  if (long) for (const k of nameKeys({ literal: long })) keys.add(k);
  return keys;
}

function namesMatch(
  citation: Citation,
  cited: ReadonlyArray<Set<string>>,
  entry: EntryKey,
): boolean {
  if (cited.length === 0 || entry.names.length === 0) return false;
  if (!keysOverlap(cited[0]!, entry.names[0]!)) return false;
  // "Lahav and Lavenex": every cited name in its place; "Smith et al." needs only the first.
  if (!citation.etAl) {
    for (let k = 1; k < cited.length; k++) {
      const their = entry.names[k];
      if (!their || !keysOverlap(cited[k]!, their)) return false;
    }
  }
  return true;
}

function dateMatches(citation: Citation, entry: EntryKey): boolean {
  if (citation.year !== null) return entry.year === citation.year;
  const dateless = datelessOf(citation.raw);
  return dateless !== null && entry.dateless === dateless;
}

const dateOf = (e: EntryKey): string => `${e.year ?? e.dateless ?? 'no date'}${e.suffix ?? ''}`;

const label = (c: Citation): string =>
  `${joinNames(c.authors, c.etAl)} ${c.year ?? datelessOf(c.raw) ?? ''}${c.yearSuffix ?? ''}`.trim();

/** Prefers the candidates whose author count fits how the citation names them. */
function byAuthorCount(citation: Citation, candidates: EntryKey[]): EntryKey[] {
  const fits = candidates.filter((e) =>
    citation.etAl ? e.names.length >= 3 : e.names.length === citation.authors.length,
  );
  return fits.length > 0 ? fits : candidates;
}

/**
 * Links an author-year citation to the one entry with its first author (and, without "et al.",
 * every named author), its year or n.d./in press, and its year suffix. Tolerant of diacritics,
 * particles and corporate abbreviations (acronyms of a body's name and those the text defines).
 */
export function linkAuthorYear(
  citation: Citation,
  entries: ReadonlyArray<EntryKey>,
  abbreviations: ReadonlyMap<string, string>,
): Link {
  if (entries.length === 0)
    return { referenceId: null, reason: 'the document has no reference list' };
  const cited = citation.authors.map((a) => citedKeys(a, abbreviations));
  const byName = entries.filter((e) => namesMatch(citation, cited, e));
  if (byName.length === 0) {
    const first = citation.authors[0];
    const keys = cited[0] ?? new Set<string>();
    const byFirst = entries.filter((e) => e.names[0] && keysOverlap(keys, e.names[0]));
    const listed = byFirst.map((e) => `${e.display.join(', ')} ${dateOf(e)} (${e.id})`);
    return {
      referenceId: null,
      reason:
        listed.length > 0
          ? `no reference entry for ${label(citation)}; the list has ${listed.join('; ')}`
          : `no reference entry by ${first ?? '?'}`,
    };
  }
  const dated = byName.filter((e) => dateMatches(citation, e));
  if (dated.length === 0) {
    const years = [
      ...new Set(byName.map((e) => `${e.year ?? e.dateless ?? '?'}${e.suffix ?? ''}`)),
    ];
    return {
      referenceId: null,
      reason: `no reference entry for ${label(citation)}: ${citation.authors[0] ?? '?'} has ${years.join(', ')}`,
    };
  }
  const suffixed = dated.filter((e) => e.suffix === citation.yearSuffix);
  if (suffixed.length === 0 && citation.yearSuffix !== null) {
    return {
      referenceId: null,
      reason: `no reference entry for ${label(citation)} (no year suffix ${citation.yearSuffix})`,
    };
  }
  const candidates = byAuthorCount(citation, suffixed.length > 0 ? suffixed : dated);
  if (candidates.length === 1) return { referenceId: candidates[0]!.id };
  return {
    referenceId: null,
    reason: `ambiguous: ${candidates.length} reference entries match ${label(citation)} (${candidates.map((e) => e.id).join(', ')})`,
  };
}

/**
 * True when `letters` abbreviate `name`: the first letters agree, every significant word's initial
 * is used ("GCIM") or the letters run through the name in order ("UNICEF" in "United Nations
 * Children's Fund").
 */
function abbreviates(letters: string, name: string): boolean {
  const initials = acronym(name);
  if (initials === letters) return true;
  if (initials[0] !== letters[0]) return false;
  const full = compact(name);
  let at = 0;
  for (const ch of letters) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return letters.length >= Math.min(3, initials.length);
}

const ABBREVIATION_DEFINED =
  /(\p{Lu}[\p{L}'’-]+(?:\s+(?:of|for|on|and|the|in|&|\p{Lu}[\p{L}'’-]+))*\s+\p{Lu}[\p{L}'’-]+)\s*[[(]\s*(\p{Lu}[\p{Lu}\p{Ll}&]{1,14})\s*[\],;)]/gu;

/**
 * Abbreviations the text introduces, short form → long form: "United Nations Children's Fund
 * [UNICEF]", "the International Labour Organization (ILO, 2020)". An abbreviation counts only
 * when its letters start the long form's significant words in order.
 */
export function abbreviationsOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(ABBREVIATION_DEFINED)) {
    const short = m[2] ?? '';
    if (!/\p{Lu}.*\p{Lu}/u.test(short)) continue;
    const long = m[1] ?? '';
    const letters = compact(short);
    // The long form may carry words before the body's name ("reports by the World Bank").
    const ws = long.split(/\s+/u);
    for (let k = 0; k < ws.length - 1; k++) {
      const candidate = ws.slice(k).join(' ');
      if (abbreviates(letters, candidate)) {
        if (!found.has(short)) found.set(short, candidate);
        break;
      }
    }
  }
  return found;
}
