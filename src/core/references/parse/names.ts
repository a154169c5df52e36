// Splits the author or editor list of a reference entry into CSL names (persons and corporate names).
import type { CslName } from '../../bibliography/model';
import { CORPORATE_NOUNS, PARTICLES } from '../../citations/lexicon';
import { withoutBookIn } from './bookIn';

/** The people (or bodies) of one name list, and whether the list was cut short ("et al.", "…"). */
export interface NameList {
  names: CslName[];
  truncated: boolean;
}

const SUFFIXES = /^(?:jr|sr|jnr|snr|ii|iii|iv|2nd|3rd)\.?$/i;
const TRUNCATION = /(?:,?\s*(?:et\s*al\.?|and\s+others|u\.\s*a\.|…|\.\.\.)\s*)+$/iu;
/**
 * "(Eds.)", "(dir.).", ", eds." after a list. Unbracketed, the mark is not in capitals: "Welgus HG"
 * and "Smith ED" end in Vancouver initials, not in "Hg." or "Ed.".
 */
const EDITOR_MARKS =
  /\s*(?:\(\s*(?:[Ee][Dd][Ss]?|[Ee]ditors?|[Hh]rsg|[Hh]g|dir|coord|comp|trans|trad)\.?\s*\)|,?\s*\b(?:[Ee]ds?|[Ee]ditors?|[Hh]rsg|[Hh]g|[Tt]rans)\.?)[\s.,;:]*$/u;
/**
 * What follows "et al." in a list is no person: the group they wrote for ("C. Amsler et al.
 * (Particle Data Group)", "Prescott, C.Y., et al.: SLAC-E122 Collaboration").
 */
const GROUP_AFTER_ET_AL = /(\bet\s*al\.?)\s*(?:\([^()]*\)|[:;]\s*\S.*)\s*[.,;:]*$/iu;
/**
 * A group in brackets after the people of a list ("T. Yoshie (PACS)", "Selyuzhenkov I (STAR
 * Collaboration)"): an acronym or a collaboration, not part of the last name.
 */
const GROUP_IN_BRACKETS =
  /\s*\(\s*(?:[\p{Lu}\p{N}][\p{Lu}\p{N}&/-]+|[^()]*\b(?:collaboration|consortium|group|team)\b[^()]*)\s*\)[\s.,;:]*$/iu;
/** What announces editors or translators before their names (the "In" of a book: bookIn.ts). */
const LEADING_MARKS = /^\s*(?:edited\s+by\s+|ed\.\s+by\s+|eds?\.\s+|trans\.\s+(?:by\s+)?|by\s+)/iu;
/**
 * Words that join names in a list, in the languages of the data ("and", "et", "und", "y"), and the
 * slash of German lists ("Hoefert, H.-W./Härter, M."; after a name or an initial, before a capital).
 */
const JOINERS =
  /\s*(?:;|&|(?<=[\p{L}.])\/(?=\s*\p{Lu})|\b(?:and|And|AND|et|und|y)\b(?!\s*al\b))\s*/gu;
/** An initial or a run of them: "J.", "J.-P.", "JA", "J.A.", "Ch.". */
const INITIALS = /^(?:(?:\p{Lu}\.?|\p{Lu}\p{Ll}\.)[-‐]?)+$/u;
const VANCOUVER_INITIALS = /^\p{Lu}{1,3}$/u;
/**
 * A list that opens with a Vancouver name whose family name is a word that also marks a book
 * ("Im JH, Lee K", "In SW."; Korean family names): undotted initials and then the list's comma or
 * end, which never follow the "In" of a book ("In J Smith, K Jones (eds)" goes on with a name).
 */
const VANCOUVER_FIRST_NAME = /^(?:Im|In|En)\s+\p{Lu}{1,3}\.?(?:\s*[,;]|\s*$|\s+(?:and|&)\s)/u;

/** Splits a name list such as "Bergk, V., Haefeli, W. E. & Martin- Facklam, M." into names. */
export function splitNames(segment: string): NameList {
  let text = segment
    .replace(/(\p{L})[-‐]\s+(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
  // "- D. FAUSSER": a dash before a list is the style's, not a name; so is one run into the
  // first name after a list number ("7-Taghipour M", the "7" the entry's number).
  text = text.replace(/^(?:[\s,;:.([]|[-‐–—]+(?=\s|\p{Lu}))+|[\s,;:([]+$/gu, '');
  text = (VANCOUVER_FIRST_NAME.test(text) ? text : withoutBookIn(text))
    .replace(LEADING_MARKS, '')
    .replace(EDITOR_MARKS, '')
    .replace(GROUP_AFTER_ET_AL, '$1');
  text = withoutGroupInBrackets(text);
  // APA 7 lists 19 authors, "…", then the last one: the "…" cuts the list short too.
  const truncated = TRUNCATION.test(text) || /…|\.\.\./u.test(text);
  text = text
    .replace(TRUNCATION, '')
    .replace(/\s*(?:…|\.\.\.)\s*/gu, ', ')
    .replace(/[\s,;:.]+$/u, (m) => (m.includes('.') ? '.' : ''));
  text = text.replace(/^[\s,;:]+/, '');
  if (!text) return { names: [], truncated };
  if (!/[,;]/.test(text) && isCorporate(text)) return { names: [corporate(text)], truncated };
  const names: CslName[] = [];
  for (const group of text.split(JOINERS)) {
    const chunks = group
      .split(',')
      .map((c) => c.trim())
      // "—, R. Colacito": a dash stands for the previous entry's authors; chunks need letters.
      .filter((c) => /\p{L}/u.test(c));
    names.push(...namesOfChunks(chunks));
  }
  return { names: withoutListStop(names), truncated };
}

const UNDOTTED_INITIALS = /^\p{Lu}{1,4}$/u;
const INITIALS_AND_STOP = /^(\p{Lu}{1,4})\.$/u;

/**
 * "Ludwig D, Hilborn R, Walters C." and "Doe AB.": the full stop after a Vancouver list's last
 * initials ends the list and is no part of them. It goes where the initials are undotted: a run
 * of capitals ("AB.", never how dotted initials are printed), or a last name after others whose
 * initials have no dots. A lone "Smith J." keeps it (dotted initials, as likely as Vancouver).
 */
function withoutListStop(names: CslName[]): CslName[] {
  const last = names[names.length - 1];
  const m = last?.given ? INITIALS_AND_STOP.exec(last.given) : null;
  if (!last || !m) return names;
  const undottedBefore = names.slice(0, -1).some((n) => UNDOTTED_INITIALS.test(n.given ?? ''));
  if (m[1]!.length > 1 || undottedBefore) last.given = m[1]!;
  return names;
}

/**
 * The list without a group named in brackets after its people: kept when the list is the body
 * itself ("World Health Organization (WHO)"); an acronym alone goes only after a list of several
 * people or "et al." ("T. Yoshie (PACS)" might be one person's affiliation otherwise).
 */
function withoutGroupInBrackets(text: string): string {
  const m = GROUP_IN_BRACKETS.exec(text);
  if (!m) return text;
  const rest = text.slice(0, m.index);
  if (!rest || isCorporate(rest)) return text;
  const named = /\b(?:collaboration|consortium|group|team)\b/iu.test(m[0]);
  const list = /[,;&]|\band\b|\bet\s*al\b/iu.test(rest);
  return named || list ? rest : text;
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
    } else if (
      next !== undefined &&
      ((!isWholeName(chunk) && looksLikeGiven(next)) || isTwoWordFamily(chunk, next))
    ) {
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

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

/**
 * "La Rocca, G. C.", "St-Cyr Tribble, D.": a chunk of two or three name words with no initial,
 * followed by a chunk of initials only, is a family name of several words before its given
 * names, not a person written in direct order ("John Smith" is followed by a name, not initials).
 */
function isTwoWordFamily(chunk: string, next: string): boolean {
  const ws = words(chunk);
  if (ws.length < 2 || ws.length > 3 || !ws.every((w) => NAME_WORD.test(w) || isParticle(w)))
    return false;
  const given = words(next);
  return given.length > 0 && given.every((w) => INITIALS.test(w) && /[.-]/u.test(w));
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
  // "Smith, John." : the final dot of a full given name is the list's punctuation.
  name.given = given.join(' ').replace(/(\p{L}{2})\.$/u, '$1');
  // "Certeau, Michel de": a particle printed after the given name is dropped when sorting.
  if (particles.length) name['non-dropping-particle'] = particles.join(' ');
  if (trailing.length) name['dropping-particle'] = trailing.join(' ');
  return name;
}

/** A name written in one chunk: "J. P. COLLMAN", "Ludwig van Beethoven", "Coyne JA", "Smith J. A.". */
function direct(chunk: string): CslName {
  const all = words(chunk);
  const suffix = all.slice(1).find((w) => SUFFIXES.test(w));
  const ws = all.filter((w, i) => i === 0 || !SUFFIXES.test(w));
  const name = directName(ws);
  if (suffix) name.suffix = suffix.replace(/\.$/u, '');
  return name;
}

/** A family name in capitals ("BONIFAY", "RIGOIR"), not a run of initials: four letters or more, no dot. */
const CAPITALISED_NAME = /^\p{Lu}{4,}$/u;

function directName(ws: string[]): CslName {
  // "UNESCO.", "Wikipedia.": a name alone keeps no full stop (an initial's would have a given name).
  if (ws.length === 1) return { family: ws[0]!.replace(/(\p{L}{2})\.$/u, '$1') };
  const isInitial = (w: string): boolean => INITIALS.test(w) || VANCOUVER_INITIALS.test(w);
  // Before the initials, a word in capitals is the family name ("BONIFAY M."); after them it may
  // be initials still ("Liaw D. PTEN" keeps the tagger's overreach in the given names).
  const isFamilyInitial = (w: string): boolean => isInitial(w) && !CAPITALISED_NAME.test(w);
  // "Smith J. A." / "van Zyl AJ": the family name first, then the initials.
  if (!isFamilyInitial(ws[0]!) || isParticle(ws[0]!)) {
    let k = ws.length;
    while (k > 1 && isInitial(ws[k - 1]!) && !isParticle(ws[k - 1]!)) k--;
    if (
      k < ws.length &&
      k >= 1 &&
      ws.slice(0, k).every((w) => !isFamilyInitial(w) || isParticle(w))
    ) {
      return withParticles(ws.slice(0, k), ws.slice(k).join(' '));
    }
  }
  // "R. Rodriguez Y Baena": a Spanish double family name joined by "y", after initials.
  const y = ws.length - 2;
  if (
    y >= 2 &&
    /^[yY]$/u.test(ws[y]!) &&
    /^\p{Lu}\p{Ll}/u.test(ws[y - 1]!) &&
    ws.slice(0, y - 1).every((w) => INITIALS.test(w) && w.includes('.'))
  ) {
    return { family: ws.slice(y - 1).join(' '), given: ws.slice(0, y - 1).join(' ') };
  }
  // "J. P. Collman", "Ludwig van Beethoven": given names, particles, then the family name.
  let k = ws.length - 1;
  while (k > 1 && isParticle(ws[k - 1]!)) k--;
  const family = ws[ws.length - 1]!.replace(/(\p{L}{2})\.$/u, '$1');
  const name: CslName = { family, given: ws.slice(0, k).join(' ') };
  const particles = ws.slice(k, ws.length - 1);
  if (particles.length) name['non-dropping-particle'] = particles.join(' ');
  return name;
}

/** A family name whose leading lower-case particles ("van der") become the name's particle. */
function withParticles(family: string[], given: string): CslName {
  const rest = [...family];
  const particles: string[] = [];
  while (rest.length > 1 && isParticle(rest[0]!)) particles.push(rest.shift()!);
  const name: CslName = { family: rest.join(' '), given };
  if (particles.length) name['non-dropping-particle'] = particles.join(' ');
  return name;
}

function isCorporate(text: string): boolean {
  const ws = words(text.replace(/[(),.;:[\]]/g, ' '));
  return ws.some((w) => CORPORATE_NOUNS.has(w)) || /\b(?:collaboration|consortium)\b/i.test(text);
}

function corporate(text: string): CslName {
  return { literal: text.trim().replace(/\.$/, '') };
}
