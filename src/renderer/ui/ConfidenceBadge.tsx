// How sure we are of a work's record, said plainly.
import type { Confidence } from '../../core/bibliography/model';

const LABELS: Record<Confidence, string> = {
  verified: 'Verified',
  likely: 'Likely',
  guess: 'Guess',
};

const EXPLANATIONS: Record<Confidence, string> = {
  verified: 'The record was checked against a source that identifies this work.',
  likely: 'The record is solid, but a detail is unchecked or the match is not certain.',
  guess: 'The best candidate found; it may not be the work the paper meant.',
};

/** Short badge; `null` confidence means a record the user entered or imported. */
export function ConfidenceBadge({ level }: { level: Confidence | null }) {
  if (!level) return <span className="badge badge--user">Your record</span>;
  return (
    <span className={`badge badge--${level}`} title={EXPLANATIONS[level]}>
      {LABELS[level]}
    </span>
  );
}

/** One sentence explaining a confidence level. */
export const explainConfidence = (level: Confidence): string => EXPLANATIONS[level];
