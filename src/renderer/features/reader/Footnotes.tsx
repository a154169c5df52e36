// The paper's footnotes, each with a way back to its marker.
import type { Footnote } from '../../../core/document/model';

interface Props {
  footnotes: readonly Footnote[];
  onBack: (footnoteId: string) => void;
}

export function Footnotes({ footnotes, onBack }: Props) {
  if (footnotes.length === 0) return null;
  return (
    <section className="footnotes" aria-labelledby="footnotes-title">
      <h2 id="footnotes-title" className="footnotes__title">
        Notes
      </h2>
      <ol className="footnotes__list">
        {footnotes.map((note) => (
          <li key={note.id} id={`fn-${note.id}`} tabIndex={-1} className="footnote">
            <span className="footnote__label" aria-hidden="true">
              {note.label}
            </span>
            {note.text.trim() ? (
              <span className="footnote__text">{note.text}</span>
            ) : (
              <span className="footnote__text footnote__text--missing">
                The text of this note is not in our copy of the paper.
              </span>
            )}
            {note.refBlockId && (
              <a
                href={`#fnref-${note.id}`}
                className="footnote__back"
                aria-label={`Back to the text of note ${note.label}`}
                onClick={(event) => {
                  event.preventDefault();
                  onBack(note.id);
                }}
              >
                ↩
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
