/** Claims the user records, with the works that support, contrast or mention them. */
import type { TextQuoteSelector } from './notes';

/** How a work relates to a claim, after scite's supporting / contrasting / mentioning. */
export type Stance = 'supporting' | 'contrasting' | 'mentioning';

export const STANCES: readonly Stance[] = ['supporting', 'contrasting', 'mentioning'];

export interface UserClaimWorkLink {
  workKey: string;
  stance: Stance;
  /** Readable label of the work, kept if the work is later deleted. */
  placeholder: string;
}

export interface UserClaimPassage {
  documentId: string;
  selector: TextQuoteSelector;
}

export interface UserClaim {
  id: string;
  statement: string;
  links: UserClaimWorkLink[];
  passage: UserClaimPassage | null;
  noteIds: string[];
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
}
