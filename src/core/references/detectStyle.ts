// Detects a document's citation style from what each grammar finds in it.
import type { Citation } from '../citations/model';
import type { NumericCitationDraft } from '../citations/numeric';
import type { CitationStyle, ReferenceEntry } from './model';
import type { NoteCitationDraft } from './noteCitations';

export interface StyleEvidence {
  references: ReadonlyArray<ReferenceEntry>;
  authorYear: ReadonlyArray<Citation>;
  brackets: ReadonlyArray<NumericCitationDraft>;
  superscripts: ReadonlyArray<NumericCitationDraft>;
  notes: ReadonlyArray<NoteCitationDraft>;
}

/**
 * The style the evidence points to. A numbered reference list makes a numeric paper; notes that
 * cite listed works (or say Ibid.) as often as the text cites author-year make a notes paper;
 * numbers in brackets or superscripts that outnumber author-year citations make a numeric one.
 * Author-year otherwise (the commonest style, and the bundled paper's).
 */
export function detectStyle(e: StyleEvidence): CitationStyle {
  const labelled = e.references.filter((r) => r.label !== null).length;
  if (e.references.length > 0 && labelled >= e.references.length / 2) return 'numeric';
  const linkedNotes = e.notes.filter((n) => n.referenceId !== null || n.ibid || n.full).length;
  if (linkedNotes > 0 && linkedNotes >= e.authorYear.length) return 'notes';
  const numbers = e.brackets.length + e.superscripts.length;
  if (numbers >= 2 && numbers > e.authorYear.length) return 'numeric';
  return 'author-year';
}
