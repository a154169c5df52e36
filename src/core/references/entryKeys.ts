// What a citation can be matched on in a reference entry: its authors' name keys, its year with
// suffix (or n.d. / in press) and its title words. Read from the parsed CSL where it has authors,
// else from the printed entry itself.
import type { CslItem, CslName } from '../bibliography/model';
import { nameKeys, words } from '../bibliography/normalise';
import type { ReferenceEntry } from './model';

/** "nd", "inpress", "forthcoming" for a dateless work, else null. */
export type Dateless = 'nd' | 'inpress' | 'forthcoming' | null;

export interface EntryKey {
  id: string;
  /** Per author in order: every normalised form the name may be cited under. */
  names: Set<string>[];
  /** Family or corporate names as printed, for messages. */
  display: string[];
  year: string | null;
  dateless: Dateless;
  suffix: string | null;
  /** Significant words of the entry after its authors (title, container), folded. */
  titleWords: Set<string>;
}

const YEAR_OR_DATELESS =
  /(?<![\d\p{L}])(?:(1[5-9]\d\d|20\d\d)([a-z])?(?![\d\p{L}])|(n\.\s?d\.?)(?:-([a-z]))?|(in press)|(forthcoming))/iu;

/** Reads the year (with suffix) or dateless mark an author-year entry gives first. */
export function datedAs(raw: string): {
  year: string | null;
  dateless: Dateless;
  suffix: string | null;
  at: number;
} {
  const m = YEAR_OR_DATELESS.exec(raw);
  if (!m) return { year: null, dateless: null, suffix: null, at: raw.length };
  const dateless: Dateless = m[3] ? 'nd' : m[5] ? 'inpress' : m[6] ? 'forthcoming' : null;
  return {
    year: m[1] ?? null,
    dateless,
    suffix: (m[2] ?? m[4] ?? null)?.toLowerCase() ?? null,
    at: m.index,
  };
}

/**
 * The date of an entry: author-date styles print it right after the names ("Smith, J. (2019a).",
 * "Smith, John. 2019."); notes-bibliography, IEEE and Vancouver print it last, so a year that
 * comes later than that (the first may be in the title: "The 1969 Convention") gives way to the last.
 */
export function publicationDate(raw: string): ReturnType<typeof datedAs> {
  const first = datedAs(raw);
  const segment = authorSegment(raw, first.at);
  const between = raw.slice(segment.length, first.at);
  if (!/\p{L}{2}/u.test(between)) return first;
  // A page ("2007;119(6):1537-8") is no year.
  const all = [...raw.matchAll(new RegExp(YEAR_OR_DATELESS.source, 'giu'))].filter(
    (m) => raw[m.index - 1] !== ':' && !/^\d+[-–]\d/u.test(raw.slice(m.index)),
  );
  let last = all[all.length - 1];
  if (!last) return first;
  // "J Fish Biol. 2014. in press": the year printed right before the mark is the one cited.
  const before = all[all.length - 2];
  if (
    before?.[1] &&
    !last[1] &&
    /^[\s.,;()]*$/u.test(raw.slice(before.index + before[0].length, last.index))
  )
    last = before;
  // The names end where the first date stood, whichever date is the publication's.
  return { ...datedAs(raw.slice(last.index)), at: first.at };
}

/** The dateless kind a citation's raw text names ("Okafor, n.d." → "nd"). */
export function datelessOf(raw: string): Dateless {
  if (/n\.\s?d\./iu.test(raw)) return 'nd';
  if (/in press/iu.test(raw)) return 'inpress';
  if (/forthcoming/iu.test(raw)) return 'forthcoming';
  return null;
}

const INITIALS = /^(?:\p{Lu}(?:\p{Ll}\.|\.?)[\s-]*)+$/u;
const LEADING_INITIALS = /^(?:\p{Lu}\.[\s-]*)+(?=\p{Lu}\p{Ll})/u;
/** A word of a person's name: capitalised, an initial, or a particle. */
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|del|della|di|da|du|dos|la|le|al|el|ter|ten|zu)$/u;
const GENERATION = /\s+(?:Jr|Sr|II|III|IV)\.?$/u;
const PARTICLE = /^(?:van|von|de|der|den|del|della|di|da|du|dos|la|le|al|el|ter|ten|zu)$/u;
const CORPORATE_WORD = /\s(?:of|for|on)\s/u;
const CORPORATE =
  /\b(?:Organi[sz]ation|Commission|Office|Bank|Union|Council|Institute|Agency|Ministry|Department|Nations|Fund|Programme|Program|Committee|Association|Centre|Center|Foundation|Government|Bureau|Authority|Society|University|Network|Service|Group|Collaboration|Consortium|Team)\b/u;

/** A given-first name ("Mary Jones", "Jean-Paul van der Berg"): family with its particles. */
function familyOfGivenFirst(part: string): string {
  const ws = part.split(/\s+/u);
  let k = ws.length - 1;
  while (k > 0 && PARTICLE.test(ws[k - 1] ?? '')) k--;
  return ws.slice(k).join(' ');
}

/** Where the author list of a printed entry ends: at its year, or at the full stop after it. */
function authorSegment(raw: string, yearAt: number): string {
  // IEEE and Vancouver put the year last: the names end at the quoted title at the latest.
  const quote = raw.search(/["“”]/u);
  const head = raw.slice(0, quote >= 0 ? Math.min(quote, yearAt) : yearAt);
  // A full stop after a word of two or more letters (not an initial) ends the names.
  // ... or after Vancouver initials before a title ("Patel R. Recruiting practices"), or a
  // colon after a name or initials ("Kohler NE, Turner PA: Shark tagging").
  const stop =
    /(?<=\p{L}{2}[*_"”’]?|\]|\))\.(?:\s|$)|(?<=\p{L}{2}\s\p{Lu}{1,3})\.\s(?=\p{Lu}\p{Ll}+\s+\p{Ll})|(?<=\p{L}\.?):\s/u.exec(
      head,
    );
  const cut = stop && stop.index < head.length ? head.slice(0, stop.index) : head;
  return cut
    .replace(/\s*\((?:eds?|Hrsg|coord|comp)\.?\)\s*/giu, ' ')
    .replace(/\s*\[[^\]]*\]\s*/gu, ' ')
    .replace(/[\s,.(]+$/u, '')
    .replace(/,?\s*(?:et al\.?|…|\.\.\.)$/u, '')
    .trim();
}

/** Reads the authors of a printed entry as CSL names (families or corporate literals). */
export function namesOfRaw(raw: string, yearAt: number): CslName[] {
  const segment = authorSegment(raw, yearAt);
  if (segment === '') return [];
  // "Food and Agriculture Organization", "Commission on Aid and Development": one body.
  if (!segment.includes(',') && (CORPORATE.test(segment) || CORPORATE_WORD.test(segment))) {
    return [{ literal: segment }];
  }
  const parts = segment
    .split(/\s*(?:;|,\s*(?:&|and)\s+|\s&\s|\sand\s|,)\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 1 && CORPORATE.test(parts[0]!)) return [{ literal: parts[0]! }];
  const names: CslName[] = [];
  let ended = false;
  // "N. Golrezaei, K. Shanmugam": given names first throughout, so no part is a given name alone.
  const givenFirst = LEADING_INITIALS.test(parts[0] ?? '');
  // "He FJ, Li J": every name is family then initials, so "Li J" is no given name of "He".
  const vancouver = /\s\p{Lu}{1,3}$/u.test(parts[0] ?? '');
  parts.forEach((rawPart, k) => {
    // A generational suffix ("Driggers WB III", "Pratt Jr.") is cited with no name.
    const part = rawPart.replace(LEADING_INITIALS, '').replace(GENERATION, '');
    const ws = part.split(/\s+/u);
    // The first part that is no name ("Introduction to Probability Models", "11th ed") ends the list.
    if (ended || ws.length > 4 || !ws.every((w) => NAME_WORD.test(w))) {
      ended = true;
      return;
    }
    if (INITIALS.test(part)) return; // given initials of the name before
    const words = part.split(/\s+/u);
    const inverted = !givenFirst && k === 1 && names.length === 1;
    if (inverted && !vancouver && words.length <= 2 && /^\p{Lu}\p{Ll}/u.test(part)) {
      return; // "Smith, John": the first author's given names
    }
    const lastWord = words[words.length - 1] ?? '';
    if (words.length > 1 && /^\p{Lu}{1,3}$/u.test(lastWord.replace(/\./gu, ''))) {
      names.push({ family: words.slice(0, -1).join(' ') }); // Vancouver "Smith JA"
    } else if (k === 0) {
      names.push({ family: part });
    } else {
      names.push({ family: familyOfGivenFirst(part) });
    }
  });
  return names;
}

function cslNames(csl: CslItem): CslName[] {
  const names = csl.author ?? csl.editor;
  return Array.isArray(names) ? names : [];
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'into',
  'that',
  'this',
  'their',
  'über',
  'und',
]);

/** Significant words (4+ letters) of a text, folded. */
export function significantWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length >= 4 && !STOP.has(w) && !/^\d+$/u.test(w)));
}

/** The keys of one entry: names as printed before its date (else the parser's), date, title words. */
export function entryKey(entry: ReferenceEntry): EntryKey {
  const dated = publicationDate(entry.raw);
  // The names as printed before the date are what in-text citations repeat; the parser's reading
  // of the whole entry is the fallback when they cannot be read so.
  const printed = namesOfRaw(entry.raw, dated.at);
  const names = printed.length > 0 ? printed : cslNames(entry.csl);
  const afterNames = entry.raw.slice(authorSegment(entry.raw, dated.at).length);
  return {
    id: entry.id,
    names: names.map(nameKeys),
    display: names.map((n) => n.literal ?? n.family ?? ''),
    year: dated.year,
    dateless: dated.dateless,
    suffix: dated.suffix,
    titleWords: significantWords(afterNames),
  };
}
