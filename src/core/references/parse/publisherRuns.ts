// A publisher's name the tagger cut in two: the company form after it taken for a place
// ("Kagaku Kogyo Nippou Co., Ltd." -> publisher "Kagaku Kogyo Nippou Co.", place "Ltd.").
import type { Segment } from './model';
import { joinRuns } from './segments';

/** A company form alone: "Ltd.", "Inc.", "GmbH", "S.A.", "& Co." (with the brackets around it). */
const COMPANY_FORM =
  /^[\s,]*(?:&\s*)?(?:ltd|inc|co|corp|llc|plc|gmbh|ag|s\.\s?a|b\.\s?v|n\.\s?v|pty(?:\s+ltd)?)\.?[\s.,;:)\]]*$/iu;

/**
 * The publisher with the company form the tagger labelled a place right after it joined again
 * (a partner's name between two publisher parts stays apart: "Pitman, London, MIT Press,
 * Cambridge" names two imprints).
 */
export function publisherRuns(segments: readonly Segment[]): Segment[] {
  return joinRuns(
    segments,
    (prev, s) => prev.label === 'publisher' && s.label === 'location' && COMPANY_FORM.test(s.text),
  );
}
