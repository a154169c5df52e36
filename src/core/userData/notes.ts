/** A user's note and what it links to: works, claims and passages of a document. */

/**
 * A passage of a document, anchored like a W3C Web Annotation TextQuoteSelector plus a
 * TextPositionSelector: the quote with some context re-anchors after a re-render even if the
 * offsets drift; the offsets make the common case fast.
 */
export interface TextQuoteSelector {
  /** The quoted text exactly as selected. */
  exact: string;
  /** Up to ~32 characters of text right before the quote. */
  prefix: string;
  /** Up to ~32 characters of text right after the quote. */
  suffix: string;
  /** Offsets of `exact` in the document's normalised text. */
  start: number;
  end: number;
}

interface NoteLinkBase {
  /**
   * What the link pointed at, readable on its own ("Betts 2011c — The Global Governance of
   * Migration…"), so a note never shows a bare dangling id when the target is deleted.
   */
  placeholder: string;
  /** 'explicit' links were added by the user; 'body' links come from `[@key]` in the Markdown. */
  source: 'explicit' | 'body';
}

export interface WorkLink extends NoteLinkBase {
  kind: 'work';
  workKey: string;
  /** A page or other locator, e.g. "p. 41", when the link came with one. */
  locator: string | null;
}

export interface ClaimLink extends NoteLinkBase {
  kind: 'claim';
  /** The document whose claim it is; null for a user claim ("uc-…"), which is library-wide. */
  documentId: string | null;
  /** A claim id of that document ("k12") or a user claim id ("uc-…"). */
  claimId: string;
}

export interface PassageLink extends NoteLinkBase {
  kind: 'passage';
  /** Which document the passage is in. */
  documentId: string;
  selector: TextQuoteSelector;
}

export type NoteLink = WorkLink | ClaimLink | PassageLink;

export interface Note {
  id: string;
  title: string;
  /** Markdown source; rendered without raw HTML or remote images. */
  body: string;
  tags: string[];
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
  /** Set when the note is in the trash (restorable); null for a live note. */
  deletedAt: string | null;
  links: NoteLink[];
}
