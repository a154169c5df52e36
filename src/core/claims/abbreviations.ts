// Words whose final period is no sentence end ("e.g.", "et al.", "pp.", "Dr.").

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Abbreviations as written (case matters: "No." abbreviates, "no." may end a sentence).
 * "etc." is left out on purpose: it often ends a sentence, and a capital after it decides.
 */
export const ABBREVIATIONS = set(`
  e.g E.g i.e I.e cf Cf ibid Ibid id Id al p pp P Pp vs v viz esp ca c approx resp
  ch chap Ch Chap vol vols Vol Vols No Nos fig figs Fig Figs sec Sec secs para paras
  art Art arts eq Eq ed eds Ed Eds op cit loc n nn fn ff f trans repr rev
  Dr Mr Mrs Ms Prof St Jr Sr Inc Ltd Co Corp Dept Univ Gen Gov Rep Sen Hon Rev
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`);

/**
 * True when the period at `dot` closes an abbreviation or an initial rather than a sentence:
 * a listed word ("e.g.", "et al.", "pp."), a dotted abbreviation ("U.S.", "i.e."), or a
 * single capital initial ("A. Betts").
 */
export function endsAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, dot - 16), dot))?.[0] ?? '';
  const bare = word.replace(/^\.+/, '');
  if (bare === '') return false;
  if (ABBREVIATIONS.has(bare)) return true;
  if (/^\p{Lu}$/u.test(bare)) return true;
  return /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(bare);
}
