/**
 * The author-year citation grammar, one small rule per production. Every rule reads `s` from
 * index `i` and returns what it matched with its end index, or null. Offsets are local to `s`.
 *
 *   authorPhrase := nameUnit (joiner nameUnit)* etAl?
 *   nameUnit     := (initial ws)* (particle ws?)* nameWord
 *   joiner       := ", and " | ", & " | ", " | " and " | " & " | " " (connector " ")+ | " "
 *   yearList     := yearItem (yearSep (yearItem | yearSuffix))*
 *   yearItem     := (year yearSuffix? | noDate) locator?
 *   locator      := ":" body | "," body-with-label-or-page | " " label body
 *   ibid         := ("ibid" | "ibidem") "."? locator?
 *   element      := leadIn? (ibid | authorPhrase (", " | " ") yearList) trailingRemark?
 */
import {
  AUTHOR_YEAR_SEP,
  COLON,
  COMMA,
  CONNECTOR,
  ET_AL,
  IBID,
  JOINERS,
  INITIAL,
  LABEL,
  NAME_WORD,
  NO_DATE,
  PAGE_ANY,
  PAGE_ARABIC,
  PAGE_LABELS,
  PAGE_SEP,
  PARTICLE,
  ROMAN_NUMERAL,
  SUFFIX_ONLY,
  TRAILING_REMARK,
  WS,
  YEAR,
  YEAR_LIKE,
  YEAR_SEP,
  match,
} from './lexemes';
import { CORPORATE_CONNECTORS, NON_NAME_WORDS, PARTICLES } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

export type NameTokenKind = 'name' | 'particle' | 'initial' | 'connector' | 'and' | 'comma';

export interface NameToken extends Span {
  kind: NameTokenKind;
  text: string;
}

export interface AuthorPhrase extends Span {
  tokens: NameToken[];
  etAl: boolean;
}

export interface YearItem extends Span {
  /** Four-digit year, or null for "n.d.", "forthcoming", "in press". */
  year: string | null;
  suffix: string | null;
  locator: string | null;
}

export interface IbidMatch extends Span {
  locator: string | null;
}

export type Element =
  | { kind: 'ibid'; leadIn: Span; ibid: IbidMatch }
  | { kind: 'authorYear'; leadIn: Span; authors: AuthorPhrase; years: YearItem[] }
  | { kind: 'years'; years: YearItem[] };

// ---- names ------------------------------------------------------------------------------

/** A capitalised name word (Köhler, O’Riordan, Pahl-Wostl, GCIM), never a function word. */
export function nameWord(s: string, i: number): NameToken | null {
  const m = match(NAME_WORD, s, i);
  if (!m || m[0].length < 2 || NON_NAME_WORDS.has(m[0]) || ROMAN_NUMERAL.test(m[0])) return null;
  return { kind: 'name', text: m[0], start: i, end: i + m[0].length };
}

/** A name particle: "van", "der", "de", "d’", or a capitalised one opening a name ("Van der"). */
export function particle(s: string, i: number): NameToken | null {
  const m = match(PARTICLE, s, i);
  if (!m) return null;
  const word = m[1];
  if (word !== undefined && !PARTICLES.has(word) && !isCapitalisedParticle(s, i, word)) {
    return null;
  }
  return { kind: 'particle', text: m[0], start: i, end: i + m[0].length };
}

function isCapitalisedParticle(s: string, i: number, word: string): boolean {
  const lower = word.toLowerCase();
  if (word === lower || ['al', 'el', 'bin', 'ibn'].includes(lower) || !PARTICLES.has(lower)) {
    return false;
  }
  const after = i + word.length + (match(WS, s, i + word.length)?.[0].length ?? 0);
  return particle(s, after) !== null || nameWord(s, after) !== null;
}

/** An initial such as "A." or "J.-P.". */
export function initial(s: string, i: number): NameToken | null {
  const m = match(INITIAL, s, i);
  return m ? { kind: 'initial', text: m[0], start: i, end: i + m[0].length } : null;
}

/** One person's or body's name: initials, particles, then a name word. */
export function nameUnit(s: string, i: number): NameToken[] | null {
  const tokens: NameToken[] = [];
  let at = i;
  for (let t = initial(s, at); t; t = initial(s, at)) {
    const ws = match(WS, s, t.end);
    if (!ws) break;
    tokens.push(t);
    at = t.end + ws[0].length;
  }
  for (let p = particle(s, at); p; p = particle(s, at)) {
    tokens.push(p);
    at = p.end + (match(WS, s, p.end)?.[0].length ?? 0);
  }
  const name = nameWord(s, at);
  return name ? [...tokens, name] : null;
}

/** What joins two name units: list separators, corporate connectors ("on", "for") or a space. */
function joinerThenUnit(s: string, i: number): NameToken[] | null {
  for (const [re, kinds] of JOINERS) {
    const m = match(re, s, i);
    if (!m) continue;
    const unit = nameUnit(s, i + m[0].length);
    if (!unit) continue;
    const marks = kinds.map((kind, k) => {
      const text = m[k + 1] ?? m[k + 2] ?? '';
      const start = i + m[0].indexOf(text);
      return { kind, text, start, end: start + text.length };
    });
    return [...marks, ...unit];
  }
  const ws = match(WS, s, i);
  if (!ws) return null;
  const connectors: NameToken[] = [];
  let at = i + ws[0].length;
  for (let c = match(CONNECTOR, s, at); c; c = match(CONNECTOR, s, at)) {
    const word = c[1] ?? '';
    if (!CORPORATE_CONNECTORS.has(word)) break;
    connectors.push({
      kind: word === 'and' ? 'and' : 'connector',
      text: word,
      start: at,
      end: at + word.length,
    });
    at += c[0].length;
  }
  const unit = nameUnit(s, at);
  return unit ? [...connectors, ...unit] : null;
}

/** A list of authors as written: "Kunz, Lavenex, Panizzon", "Maxwell and Riddell", "Smith et al.". */
export function authorPhrase(s: string, i: number): AuthorPhrase | null {
  const first = nameUnit(s, i);
  if (!first) return null;
  const tokens = [...first];
  for (
    let next = joinerThenUnit(s, lastEnd(tokens));
    next;
    next = joinerThenUnit(s, lastEnd(tokens))
  ) {
    tokens.push(...next);
  }
  const etAl = match(ET_AL, s, lastEnd(tokens));
  const end = lastEnd(tokens) + (etAl ? etAl[0].length : 0);
  return { tokens, etAl: etAl !== null, start: i, end };
}

const lastEnd = (tokens: NameToken[]): number => tokens[tokens.length - 1]?.end ?? 0;

// ---- years and locators -----------------------------------------------------------------

/** Pages after a label or colon: "41", "136, 173", "12–15", "xiv", "passim"; stops at a year. */
function pageList(s: string, i: number, anyFirst: boolean): number | null {
  const first = match(anyFirst ? PAGE_ANY : PAGE_ARABIC, s, i);
  if (!first || (!anyFirst && YEAR_LIKE.test(first[0]))) return null;
  let end = i + first[0].length;
  for (let sep = match(PAGE_SEP, s, end); sep; sep = match(PAGE_SEP, s, end)) {
    const page = match(PAGE_ARABIC, s, end + sep[0].length);
    if (!page || YEAR_LIKE.test(page[0])) break;
    end += sep[0].length + page[0].length;
  }
  return end;
}

/**
 * A locator after a year or ibid: ": 41", ", p. 41", ", pp. 12–15", ": 136, 173", ", ch. 3".
 * After a comma a bare number that reads as a year starts the next year instead ("2003, 2005").
 * Page labels (p., pp.) are dropped from the value, other labels kept ("ch. 3").
 * `bareAllowed` admits "ibid. 12" (a page after a space, no label).
 */
export function locator(
  s: string,
  i: number,
  bareAllowed = false,
): (Span & { value: string }) | null {
  const colon = match(COLON, s, i);
  const comma = colon ? null : match(COMMA, s, i);
  const space = colon || comma ? null : match(WS, s, i);
  const lead = colon ?? comma ?? space;
  if (!lead) return null;
  const at = i + lead[0].length;
  const label = match(LABEL, s, at);
  if (space && !label && !bareAllowed) return null;
  const bodyAt = at + (label ? label[0].length : 0);
  const end = pageList(s, bodyAt, label !== null || colon !== null);
  if (end === null) return null;
  const valueStart = label && PAGE_LABELS.has(label[1] ?? '') ? bodyAt : at;
  return { start: i, end, value: s.slice(valueStart, end) };
}

/** A year with its suffix and locator ("2011c: 41"), or a dateless marker ("n.d."). */
export function yearItem(s: string, i: number): YearItem | null {
  if (i > 0 && /\d/.test(s[i - 1] ?? '')) return null;
  const y = match(YEAR, s, i);
  const nd = y ? null : match(NO_DATE, s, i);
  const head = y ?? nd;
  if (!head) return null;
  const after = i + head[0].length;
  const loc = locator(s, after);
  return {
    year: y ? (y[1] ?? null) : null,
    suffix: y ? (y[2] ?? null) : (nd?.[1]?.toLowerCase() ?? null),
    locator: loc ? loc.value : null,
    start: i,
    end: loc ? loc.end : after,
  };
}

/** Years after one name: "2011a and 2011b", "2010a, b", "2003, 2005", "2002: 587; 2005". */
export function yearList(s: string, i: number): YearItem[] | null {
  const first = yearItem(s, i);
  if (!first) return null;
  const items = [first];
  for (;;) {
    const prev = items[items.length - 1] ?? first;
    const sep = match(YEAR_SEP, s, prev.end);
    if (!sep) break;
    const at = prev.end + sep[0].length;
    const next = yearItem(s, at) ?? suffixOnly(s, at, prev);
    if (!next) break;
    items.push(next);
  }
  return items;
}

/** "b" in "2011a, b": the same year with another suffix. */
function suffixOnly(s: string, i: number, prev: YearItem): YearItem | null {
  if (prev.suffix === null) return null;
  const m = match(SUFFIX_ONLY, s, i);
  if (!m) return null;
  const loc = locator(s, i + 1);
  return {
    year: prev.year,
    suffix: m[1] ?? null,
    locator: loc ? loc.value : null,
    start: i,
    end: loc ? loc.end : i + 1,
  };
}

/** "ibid", "ibid.", "Ibid., p. 3", "ibidem: 12". */
export function ibid(s: string, i: number): IbidMatch | null {
  const m = match(IBID, s, i);
  if (!m) return null;
  const loc = locator(s, i + m[0].length, true);
  return { start: i, end: loc ? loc.end : i + m[0].length, locator: loc ? loc.value : null };
}

// ---- elements: one ";"-separated part of a parenthesis ----------------------------------

const atEnd = (s: string, i: number): boolean => match(TRAILING_REMARK, s, i) !== null;

/** Word starts in `s`: where a lead-in ("see also", "e.g.,") may give way to the citation. */
function wordStarts(s: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (!/\s/u.test(s[i] ?? ' ') && (i === 0 || /[\s"“‘'(]/u.test(s[i - 1] ?? ''))) starts.push(i);
  }
  return starts;
}

/**
 * Reads one part of a parenthesis as a citation: the earliest word from which an ibid, or an
 * author phrase followed by years, runs to the end of the part; or the part is years alone.
 */
export function element(s: string): Element | null {
  const years = yearList(s, 0);
  if (years && atEnd(s, years[years.length - 1]?.end ?? 0)) return { kind: 'years', years };
  // A start inside a name run that already failed would run to the same end and fail again.
  let failedUntil = -1;
  for (const k of wordStarts(s)) {
    if (k < failedUntil) continue;
    const leadIn = { start: 0, end: k };
    const ib = ibid(s, k);
    if (ib && atEnd(s, ib.end)) return { kind: 'ibid', leadIn, ibid: ib };
    const authors = authorPhrase(s, k);
    if (!authors) continue;
    const sep = match(AUTHOR_YEAR_SEP, s, authors.end);
    const list = sep ? yearList(s, authors.end + sep[0].length) : null;
    if (list && atEnd(s, list[list.length - 1]?.end ?? 0)) {
      return { kind: 'authorYear', leadIn, authors, years: list };
    }
    failedUntil = authors.end;
  }
  return null;
}

/** The name run that ends exactly at `end` (a narrative citation's name), earliest start first. */
export function nameRunEndingAt(s: string, end: number): AuthorPhrase | null {
  for (const k of wordStarts(s.slice(0, end))) {
    const phrase = authorPhrase(s, k);
    if (phrase && phrase.end === end) return phrase;
  }
  return null;
}
