// The imprint of a book in the Vancouver style: "Title. Place: Publisher; Year." The full stop
// before it ends the title, which the tagger, not knowing "L’Harmattan" or "LKG-Pont Kiadó", may
// carry on into the publisher's name.
import type { Token } from '../tokens';
import { tokensIn } from './labelSpans';
import { SENTENCE_STOP } from './printedPatterns';

/** A name with no colon, semicolon or sentence stop in it ("St. Louis" and "D.C." allowed). */
const PART = '(?:[^:;.]|\\.(?!\\s)|(?<=\\b(?:St|Ste|Mt|Ft|\\p{Lu}))\\.\\s)+?';
const IMPRINT = new RegExp(
  `(${SENTENCE_STOP.source})(${PART}):\\s*(${PART});\\s*((?:1[5-9]|20)\\d\\d[a-z]?)(?=[\\s.,;]|$)`,
  'gu',
);

/**
 * APA's imprint at the entry's end, with no year after it: "Cambridge and New York: CUP." (its
 * names hold no digit: "New York: Norton, 1995." is Chicago's imprint and year, the tagger's).
 */
const NAME = PART.replace('[^:;.]', '[^:;.\\d]');
const IMPRINT_AT_END = new RegExp(
  `(${SENTENCE_STOP.source})(${NAME}):\\s*(${NAME})()\\.?\\s*$`,
  'u',
);

/**
 * Labels "Place: Publisher; Year" after a full stop (or "Place: Publisher." ending the entry) as
 * location, publisher and date. Where the
 * tagger read the two names the other way round (some lists print "Publisher: Place") its reading
 * is kept; words it gave another field (the title, a container) take their name's label.
 */
export function bookImprint(text: string, tokens: readonly Token[], labels: string[]): void {
  const m = [...text.matchAll(IMPRINT)].pop() ?? IMPRINT_AT_END.exec(text);
  if (!m) return;
  const [all, stop, place, publisher, year] = m;
  // A name's tokens (its commas and hyphens too: "Erdély-történeti Alapítvány" is one name).
  const tokensOf = (value: string, from: number): number[] => {
    const at = text.indexOf(value, from);
    return tokensIn(tokens, at, at + value.length);
  };
  const placeAt = m.index + stop!.length;
  const placeTokens = tokensOf(place!, placeAt);
  const publisherTokens = tokensOf(publisher!, placeAt + place!.length);
  const yearTokens = tokensOf(year!, m.index + all.length - year!.length);
  const said = (ts: number[], label: string): boolean => ts.some((i) => labels[i] === label);
  // The tagger must see an imprint there too: "Portal for Practitioners: The Worldbank Group;
  // 2015", all title to it, is a title with its publisher.
  const imprintSeen = [...placeTokens, ...publisherTokens].some(
    (i) => labels[i] === 'location' || labels[i] === 'publisher',
  );
  if (!imprintSeen || place!.trim().split(/\s+/u).length > 8) return;
  // With no year to close it, a colon in the last sentence is an imprint only where the tagger
  // saw a place in it ("Title. Theory and practice: A guide." is a subtitle).
  if (!year && ![...placeTokens, ...publisherTokens].some((i) => labels[i] === 'location')) return;
  const swapped =
    said(placeTokens, 'publisher') &&
    said(publisherTokens, 'location') &&
    !said(placeTokens, 'location');
  // The colon and semicolon between the parts belong to no field.
  for (const i of tokensIn(tokens, placeAt, m.index + all.length)) labels[i] = 'other';
  for (const i of placeTokens) labels[i] = swapped ? 'publisher' : 'location';
  for (const i of publisherTokens) labels[i] = swapped ? 'location' : 'publisher';
  for (const i of yearTokens) labels[i] = 'date';
}
