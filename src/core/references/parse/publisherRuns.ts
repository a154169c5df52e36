// A publisher's name the tagger cut in two: the company form after it taken for a place
// ("Kagaku Kogyo Nippou Co., Ltd." -> publisher "Kagaku Kogyo Nippou Co.", place "Ltd.").
import type { Segment } from './model';

/** A company form alone: "Ltd.", "Inc.", "GmbH", "S.A.", "& Co." (with the brackets around it). */
const COMPANY_FORM =
  /^[\s,]*(?:&\s*)?(?:ltd|inc|co|corp|llc|plc|gmbh|ag|s\.\s?a|b\.\s?v|n\.\s?v|pty(?:\s+ltd)?)\.?[\s.,;:)\]]*$/iu;

/**
 * The publisher with the company form the tagger labelled a place right after it joined again
 * (a partner's name between two publisher parts stays apart: "Pitman, London, MIT Press,
 * Cambridge" names two imprints).
 */
export function publisherRuns(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev?.label === 'publisher' && s.label === 'location' && COMPANY_FORM.test(s.text)) {
      const gap = ' '.repeat(s.start - prev.end);
      out[out.length - 1] = { ...prev, text: `${prev.text}${gap}${s.text}`, end: s.end };
    } else {
      out.push(s);
    }
  }
  return out;
}
