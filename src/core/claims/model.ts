/** A citing sentence (or a quoted block followed by its citation) and the citations it carries. */
export interface Claim {
  id: string;
  text: string;
  start: number;
  end: number;
  blockId: string;
  sectionId: string | null;
  citationIds: string[];
  /** Distinct work ids cited, in order of first citation. */
  workIds: string[];
  /** 'sentence' for a citing sentence, 'quote' when a block quote is the claim. */
  kind: 'sentence' | 'quote';
}
