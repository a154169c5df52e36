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
