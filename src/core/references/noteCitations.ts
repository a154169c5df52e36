// Notes style (Chicago notes-bibliography): each reference a note carries is a citation. Full
// forms ("Alexander Betts, Survival Migration (Ithaca: Cornell University Press, 2013), 41"),
// short forms ("Betts, Survival Migration, 41") and "Ibid." / "Ibid., 45".
import { keysOverlap, nameKeys, writtenNameKeys } from '../bibliography/normalise';
import { blankCitationFields } from '../citations/parseCitations';
import { significantWords, type EntryKey } from './entryKeys';
import type { Link } from './linkCitations';
import type { DocumentCitation, NoteText } from './model';

/** A note citation before ids are given. */
export type NoteCitationDraft = Omit<DocumentCitation, 'id'> & {
  link: Link;
  /** The citation gives the work's publication details (a full note), not a short form. */
  full: boolean;
};

const LEAD_IN =
  /^(?:[^,;()]{0,80}?,?\s*\b(?:see|cf\.)(?: also)?\s+(?=\p{Lu})|(?:see|cf\.|compare|quoted in|as quoted in|cited in|on this(?: point)?,? see|for (?:example|instance|more|a discussion)[^,]*,? see|see also|see,? for example,?|e\.g\.,?)\s+)+/iu;
const IBID = /^(?:ibid|ibidem)\.?(?:,?\s*(.+?))?\.?$/iu;
const TRAILING_LOCATOR =
  /,["”]?\s*((?:pp?\.\s*)?[\divxlc]+(?:\s*[-–—]\s*[\divxlc]+)?(?:,\s*\d+(?:\s*[-–—]\s*\d+)?)*)\.?$/iu;
/** A full note reference carries its publication details: "(Ithaca: Cornell UP, 2013)" or a year. */
const FULL_FORM = /\([^()]*\b(?:1[5-9]\d\d|20\d\d)\b[^()]*\)|\b(?:1[5-9]\d\d|20\d\d)\b/u;
const PARTICLE = /^(?:van|von|de|der|den|del|della|di|da|du|dos|la|le|ter|ten|zu)$/u;

interface Piece {
  text: string;
  start: number;
}

/** Words whose full stop ends no sentence. */
const ABBREVIATIONS =
  /(?:^|[\s(])(?:\p{Lu}|ed|eds|trans|vol|vols|no|nos|pp?|cf|e\.g|i\.e|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|ch|chap|n|nn|fig|repr|rev|esp|etc|al|ibid|Ibid|op|cit|loc|id)$/u;

/** A full stop that ends a sentence: a capital follows, and it ends no initial or abbreviation. */
function endsSentence(note: string, i: number): boolean {
  if (!/^["”’*_]?\s+["“*_]?\p{Lu}/u.test(note.slice(i + 1, i + 6))) return false;
  return !ABBREVIATIONS.test(note.slice(Math.max(0, i - 12), i));
}

/** Splits a note at semicolons outside parentheses and at sentence ends: one citation each. */
function piecesOf(note: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number): void => {
    const raw = note.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/\.$/u, '');
    if (text !== '') out.push({ text, start: from + lead });
  };
  for (let i = 0; i < note.length; i++) {
    const ch = note[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ';' || (ch === '.' && endsSentence(note, i))) && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(note.length);
  return out;
}

/** The family names a note piece opens with: "Alexander Betts and Jane Doe, ..." → Betts, Doe. */
function leadingFamilies(text: string): string[] {
  const head = /^([^,(]{2,120}?)(?:,|\s\()/u.exec(text)?.[1] ?? '';
  if (!/^\p{Lu}/u.test(head) || /\d/u.test(head)) return [];
  return head.split(/\s+(?:and|&)\s+/u).map((name) => {
    const ws = name
      .replace(/\s+(?:et al\.?|eds?\.)$/u, '')
      .trim()
      .split(/\s+/u);
    let k = ws.length - 1;
    while (k > 0 && PARTICLE.test(ws[k - 1] ?? '')) k--;
    return ws.slice(k).join(' ');
  });
}

function bestEntry(families: string[], text: string, entries: ReadonlyArray<EntryKey>): EntryKey[] {
  const first = families[0];
  if (!first) return [];
  const keys = writtenNameKeys(first);
  const byAuthor = entries.filter((e) => e.names[0] && keysOverlap(keys, e.names[0]));
  if (byAuthor.length <= 1) return byAuthor;
  const words = significantWords(text);
  const scored = byAuthor.map((e) => ({
    e,
    score: [...words].filter((w) => e.titleWords.has(w)).length,
  }));
  const top = Math.max(...scored.map((s) => s.score));
  return top === 0 ? byAuthor : scored.filter((s) => s.score === top).map((s) => s.e);
}

function draft(
  note: NoteText,
  piece: Piece,
  at: number,
  fields: Partial<NoteCitationDraft>,
  link: Link,
): NoteCitationDraft {
  const base = note.offset ?? 0;
  return {
    ...blankCitationFields(),
    raw: piece.text.slice(at - piece.start),
    ibidOf: null,
    start: base + at,
    end: base + piece.start + piece.text.length,
    number: null,
    noteId: note.id,
    referenceId: link.referenceId,
    full: false,
    ...fields,
    link,
  };
}

/**
 * The citations in `notes` (in note order), each linked to one of `entries`: an ibid to the
 * reference of the citation before it, a full or short form to the entry of its first author,
 * chosen among that author's entries by shared title words. A piece naming no listed author is
 * a citation only when it reads as a full reference (it gives a year); it is then unresolved.
 */
export function noteCitations(
  notes: ReadonlyArray<NoteText>,
  entries: ReadonlyArray<EntryKey>,
): NoteCitationDraft[] {
  const out: NoteCitationDraft[] = [];
  for (const note of notes) {
    for (const piece of piecesOf(note.text)) {
      const lead = LEAD_IN.exec(piece.text)?.[0] ?? '';
      const at = piece.start + lead.length;
      const body = piece.text.slice(lead.length);
      const prefix = lead.trim().replace(/,$/u, '') || null;
      const ibid = IBID.exec(body);
      if (ibid) {
        const previous = out[out.length - 1];
        const link: Link = previous
          ? previous.link
          : { referenceId: null, reason: 'ibid with no citation before it' };
        out.push(
          draft(
            note,
            piece,
            at,
            {
              ibid: true,
              locator: ibid[1]?.replace(/^pp?\.\s*/u, '') ?? null,
              prefix,
              authors: previous ? [...previous.authors] : [],
              year: previous?.year ?? null,
            },
            link,
          ),
        );
        continue;
      }
      const families = leadingFamilies(body);
      const candidates = bestEntry(families, body, entries);
      const full = FULL_FORM.test(body);
      if (candidates.length === 0 && !(full && families.length > 0)) continue;
      const entry = candidates.length === 1 ? candidates[0]! : null;
      const link: Link = entry
        ? { referenceId: entry.id }
        : candidates.length > 1
          ? {
              referenceId: null,
              reason: `ambiguous: ${candidates.length} reference entries by ${families[0]} (${candidates.map((e) => e.id).join(', ')})`,
            }
          : {
              referenceId: null,
              reason:
                entries.length === 0
                  ? 'the document has no reference list'
                  : `no reference entry by ${families[0]}`,
            };
      const locator = TRAILING_LOCATOR.exec(body)?.[1]?.replace(/^pp?\.\s*/u, '') ?? null;
      out.push(
        draft(
          note,
          piece,
          at,
          {
            authors: entry ? entry.display : families,
            etAl: /\bet al\b/u.test(body),
            year: entry?.year ?? null,
            yearSuffix: entry?.suffix ?? null,
            locator: full && locator && /^(?:1[5-9]\d\d|20\d\d)$/u.test(locator) ? null : locator,
            prefix,
            full,
          },
          link,
        ),
      );
    }
  }
  return out;
}

/**
 * A notes paper with no bibliography: the first full note of each work stands for its entry, so
 * short forms and ibids link to it. Keys come from the note's names (given names first) and words.
 */
export function entriesFromNotes(drafts: ReadonlyArray<NoteCitationDraft>): EntryKey[] {
  const keys: EntryKey[] = [];
  for (const d of drafts) {
    if (!d.full || d.ibid || d.authors.length === 0) continue;
    const words = significantWords(d.raw);
    const seen = keys.some(
      (k) => k.display[0] === d.authors[0] && [...words].every((w) => k.titleWords.has(w)),
    );
    if (seen) continue;
    keys.push({
      id: `r${keys.length + 1}`,
      names: d.authors.map((family) => nameKeys({ family })),
      display: [...d.authors],
      year: /\b(1[5-9]\d\d|20\d\d)\b/u.exec(d.raw)?.[1] ?? null,
      dateless: null,
      suffix: null,
      titleWords: words,
    });
  }
  return keys;
}
