// The honest marker where the source text stops.
import type { ExcerptInfo } from '../../../core/document/model';

export function EndOfExcerpt({ excerpt }: { excerpt: ExcerptInfo }) {
  return (
    <aside className="excerpt-end" aria-label="End of the source text">
      <p className="excerpt-end__headline">The source text ends here, mid-sentence.</p>
      <p>
        Our copy of the paper stops after “…{excerpt.lastWords}”. The rest of the paper, including
        its reference list, is not part of the text Scholion has; the bibliography was rebuilt from
        other sources.
      </p>
      {excerpt.droppedResidue && (
        <p className="excerpt-end__residue">Left out after the cut: {excerpt.droppedResidue}</p>
      )}
    </aside>
  );
}
