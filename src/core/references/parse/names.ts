// Splits the author or editor list of a reference entry into CSL names (persons and corporate names).
import type { CslName } from '../../bibliography/model';
import { CORPORATE_NOUNS, PARTICLES } from '../../citations/lexicon';

/** The people (or bodies) of one name list, and whether the list was cut short ("et al.", "…"). */
export interface NameList {
  names: CslName[];
  truncated: boolean;
}

const SUFFIXES = /^(?:jr|sr|jnr|snr|ii|iii|iv|2nd|3rd)\.?$/i;
const TRUNCATION = /(?:,?\s*(?:et\s*al\.?|and\s+others|u\.\s*a\.|…|\.\.\.)\s*)+$/iu;
const EDITOR_MARKS =
  /\s*(?:\(\s*(?:eds?|editors?|hrsg|hg|dir|coord|comp|trans|trad)\.?\s*\)|,?\s*\b(?:eds?|editors?|hrsg|hg|trans)\.?)\s*$/iu;
const LEADING_MARKS =
  /^\s*(?:in\s*:?\s+|edited\s+by\s+|ed\.\s+by\s+|eds?\.\s+|trans\.\s+(?:by\s+)?|by\s+)/iu;
/** Words that join names in a list, in the languages of the data ("and", "et", "und", "y"). */
const JOINERS = /\s*(?:;|&|\b(?:and|And|AND|et|und|y)\b(?!\s*al\b))\s*/gu;
/** An initial or a run of them: "J.", "J.-P.", "JA", "J.A.", "Ch.". */
const INITIALS = /^(?:\p{Lu}(?:\p{Ll})?\.?[-‐]?)+$/u;
const VANCOUVER_INITIALS = /^\p{Lu}{1,3}$/u;

/** Splits a name list such as "Bergk, V., Haefeli, W. E. & Martin- Facklam, M." into names. */
export function splitNames(segment: string): NameList {
  let text = segment
    .replace(/(\p{L})[-‐]\s+(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(LEADING_MARKS, '').replace(EDITOR_MARKS, '');
  const truncated = TRUNCATION.test(text);
  text = text.replace(TRUNCATION, '').replace(/[\s,;:.]+$/u, (m) => (m.includes('.') ? '.' : ''));
  text = text.replace(/^[\s,;:]+/, '');
  if (!text) return { names: [], truncated };
  if (isCorporate(text)) return { names: [corporate(text)], truncated };
  const names: CslName[] = [];
  for (const group of text.split(JOINERS)) {
    const chunks = group
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c && c !== '.');
    names.push(...namesOfChunks(chunks));
  }
  return { names, truncated };
}

/** Pairs comma-separated chunks into names: "Family, Given" pairs or chunks that are whole names. */
function namesOfChunks(chunks: string[]): CslName[] {
  const out: CslName[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (SUFFIXES.test(chunk) && out.length > 0) {
      out[out.length - 1]!.suffix = chunk;
      continue;
    }
    const next = chunks[i + 1];
    if (isCorporate(chunk)) {
      out.push(corporate(chunk));
    } else if (!isWholeName(chunk) && next !== undefined && looksLikeGiven(next)) {
      out.push(inverted(chunk, next));
      i++;
    } else {
      out.push(direct(chunk));
    }
  }
  return out;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const isParticle = (w: string): boolean => PARTICLES.has(w.toLowerCase()) && w === w.toLowerCase();

/** Whether a chunk names a person on its own ("J. P. Collman", "Coyne JA"), not a bare family name. */
function isWholeName(chunk: string): boolean {
  const ws = words(chunk).filter((w) => !isParticle(w));
  return ws.length >= 2;
}

/** Whether a chunk is a given name or initials ("W. E.", "Bill", "J.-P."). */
function looksLikeGiven(chunk: string): boolean {
  const ws = words(chunk);
  if (ws.length === 0 || ws.length > 3) return false;
  if (SUFFIXES.test(chunk)) return false;
  return ws.every((w) => INITIALS.test(w) || /^\p{Lu}[\p{Ll}'’-]+\.?$/u.test(w) || isParticle(w));
}

/** "Haefeli" + "W. E." -> family Haefeli, given "W. E."; particles move out of the family name. */
function inverted(familyPart: string, givenPart: string): CslName {
  const name: CslName = {};
  const fam = words(familyPart);
  const particles: string[] = [];
  while (fam.length > 1 && isParticle(fam[0]!)) particles.push(fam.shift()!);
  name.family = fam.join(' ');
  const given = words(givenPart);
  const trailing: string[] = [];
  while (given.length > 1 && isParticle(given[given.length - 1]!)) trailing.unshift(given.pop()!);
  name.given = given.join(' ');
  const particle = [...trailing, ...particles].join(' ');
  if (particle) name['non-dropping-particle'] = particle;
  return name;
}

/** A name written in one chunk: "J. P. COLLMAN", "Ludwig van Beethoven", "Coyne JA", "Smith J.A.". */
function direct(chunk: string): CslName {
  const ws = words(chunk);
  if (ws.length === 1) return { family: ws[0]! };
  const last = ws[ws.length - 1]!;
  if (
    ws.length >= 2 &&
    (VANCOUVER_INITIALS.test(last) || /^(?:\p{Lu}\.){1,3}$/u.test(last)) &&
    !INITIALS.test(ws[0]!)
  ) {
    const family = ws.slice(0, -1);
    const particles: string[] = [];
    while (family.length > 1 && isParticle(family[0]!)) particles.push(family.shift()!);
    const name: CslName = { family: family.join(' '), given: last };
    if (particles.length) name['non-dropping-particle'] = particles.join(' ');
    return name;
  }
  let k = ws.length - 1;
  while (k > 1 && isParticle(ws[k - 1]!)) k--;
  const name: CslName = { family: ws[ws.length - 1]!, given: ws.slice(0, k).join(' ') };
  const particles = ws.slice(k, ws.length - 1);
  if (particles.length) name['non-dropping-particle'] = particles.join(' ');
  return name;
}

function isCorporate(text: string): boolean {
  const ws = words(text.replace(/[(),[\]]/g, ' '));
  return ws.some((w) => CORPORATE_NOUNS.has(w)) || /\b(?:collaboration|consortium)\b/i.test(text);
}

function corporate(text: string): CslName {
  return { literal: text.trim().replace(/\.$/, '') };
}
