// Repairs of an author segment that the tagger ran on into the next part of the entry, where the
// list's own form says where it ends: the "in:" before a book's editors ("A. Yoshida, et al., in:
// A.M. Stefanini, G. Nebbia (Eds.), Heavy Ion Fusion") and the title after a list that ended with
// "and" and its last name ("M. Cacciari, G.P. Salam and G. Soyez, FastJet User Manual, Eur. Phys.
// J. C 72").
import type { FieldLabel, Segment } from './model';

/** ", in:" or ". In:" inside a list: the names after it are the editors of the book. */
const IN_EDITORS = /[,.]\s+in\s*:\s+(?=\p{Lu})/iu;

/** Splits `s` at [from, to): the text before keeps the label, the text after takes `label`. */
function splitAt(s: Segment, from: number, to: number, label: FieldLabel): Segment[] {
  return [
    { ...s, text: s.text.slice(0, from), end: s.start + from },
    { label, text: s.text.slice(to), start: s.start + to, end: s.end },
  ];
}

/**
 * "A. Yoshida, et al., in: A.M. Stefanini, … (Eds.)" tagged as one author list: the names after
 * "in:" are the editors (an author list never holds "in:"), when the entry has no editors yet
 * or they follow right after.
 */
export function editorsInAuthors(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((s, i) => {
    if (s.label !== 'author') return [s];
    const mark = IN_EDITORS.exec(s.text);
    if (!mark || !/\p{L}{2}/u.test(s.text.slice(0, mark.index))) return [s];
    const editorsElsewhere = segments.some((x, k) => x.label === 'editor' && k !== i + 1);
    if (editorsElsewhere) return [s];
    return splitAt(s, mark.index + 1, mark.index + mark[0].length, 'editor');
  });
}

/** Initials then a family name of one or two capitalised words: "G. Soyez", "J.-P. Dupont". */
const INITIALS_NAME = String.raw`(?:\p{Lu}\.\s*(?:-\s*)?)+\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
/** "… and G. Soyez, FastJet User Manual,": the list's last name, a comma, then words. */
const AFTER_LAST_NAME = new RegExp(
  String.raw`\s(?:and|&)\s+${INITIALS_NAME}\s*,\s+(?=\p{L})(?!(?:Jr|Sr|II|III|IV|et\s+al)\b)`,
  'u',
);

/**
 * A list printed initials first that ends with "and" and a name ("G.P. Salam and G. Soyez"): what
 * follows its comma is no name (a given name would come before the family name in this form). In
 * an entry with no title, it is the title; else the list is left as the tagger read it.
 */
export function titleAfterAuthors(segments: readonly Segment[]): Segment[] {
  if (segments.some((s) => s.label === 'title')) return [...segments];
  return segments.flatMap((s) => {
    if (s.label !== 'author') return [s];
    const last = AFTER_LAST_NAME.exec(s.text);
    if (!last) return [s];
    const rest = s.text.slice(last.index + last[0].length);
    // Two words at least: one ("Phys", "Lett") is the head of a journal's abbreviated name.
    if (!/\p{L}{2}/u.test(rest) || rest.trim().split(/\s+/u).length < 2) return [s];
    const comma = s.text.lastIndexOf(',', last.index + last[0].length);
    return splitAt(s, comma + 1, last.index + last[0].length, 'title');
  });
}

/** The list's last name cut after its initials: "…, and C." (group 1 the list before it). */
const ENDS_IN_INITIALS = /^(.*?)(?:,|\band\b|&)\s*(?:\p{Lu}\.\s*(?:-\s*)?)+$/u;
const INITIALS_FIRST = /^(?:\p{Lu}\.\s*(?:-\s*)?)+\s*\p{Lu}[\p{L}'’-]+$/u;
const FAMILY_WORD = /^\s*\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?(?=\s+\S)/u;

/**
 * "I. Antoniadis, J. Rizos, K. Tamvakis Singularity-free cosmological solutions": with no comma
 * after the list, the tagger may end it after the last initials and start the title with the
 * family name. A list printed initials first ("J. Rizos") never ends in bare initials, so the
 * title's first word goes back to the list.
 */
export function familyAfterInitials(segments: readonly Segment[]): Segment[] {
  const out = [...segments];
  const at = out.findIndex((s) => s.label === 'author');
  const author = out[at];
  const title = out[at + 1];
  if (!author || title?.label !== 'title') return out;
  const m = ENDS_IN_INITIALS.exec(author.text.trim());
  if (!m) return out;
  const others = m[1]!
    .split(/,|\band\b|&/u)
    .map((c) => c.trim())
    .filter(Boolean);
  if (others.length === 0 || !others.every((c) => INITIALS_FIRST.test(c))) return out;
  const family = FAMILY_WORD.exec(title.text);
  if (!family) return out;
  const cut = family[0].length;
  const next = cut + /^\s*/u.exec(title.text.slice(cut))![0].length;
  out.splice(
    at,
    2,
    { ...author, text: raw(author, title, cut), end: title.start + cut },
    { ...title, text: title.text.slice(next), start: title.start + next },
  );
  return out;
}

/** The author's text grown to `cut` characters into the title (the gap between as spaces). */
function raw(author: Segment, title: Segment, cut: number): string {
  return `${author.text}${' '.repeat(Math.max(0, title.start - author.end))}${title.text.slice(0, cut)}`;
}
