// The card of one citation: its reference, the locator cited here, every place the work is
// cited (each a jump), and the user's notes on it.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { ResolvedCitation } from '../../../core/citations/model';
import type { WorkSummary } from '../../../shared/contract';
import { pageAtOffset, passageOf, sectionAt, type PaperIndex } from '../../api/paperIndex';
import { AddToListButton } from '../lists/AddToListDialog';
import { NoteBacklinks } from '../notes/NoteBacklinks';
import { ConfidenceBadge } from '../../ui/ConfidenceBadge';
import { trapTab } from '../../ui/Modal';
import { useCardController } from './cardController';
import { followAnchor } from './followAnchor';
import { useNavigation } from '../../app/navigation';
import { citesOf } from '../export/cites';
import { CopyCitationButton } from '../export/ExportButtons';
import { CardAcrossPapers } from './CardAcrossPapers';
import { CitationInPaperList } from './CitationInPaperList';
import { CitedOnPage } from './CitedOnPage';
import { CardEntries } from './CardEntries';
import { CardReference } from './CardReference';

interface Props {
  citation: ResolvedCitation;
  /**
   * Every citation written in the citation's place, itself included: a numeric range or list
   * ("<sup>4-6</sup>") cites several entries at once, and the card shows each of them.
   */
  together?: readonly ResolvedCitation[];
  index: PaperIndex;
  works: Map<string, WorkSummary>;
  onJump: (citationId: string) => void;
}

/** "p. 41" for page-like locators, the locator as written otherwise. */
export function describeLocator(locator: string): string {
  if (/^\d+(\s*[–-]\s*\d+)?$/.test(locator))
    return /[–-]/.test(locator) ? `pp. ${locator}` : `p. ${locator}`;
  if (/^\d+(\s*,\s*\d+)+$/.test(locator)) return `pp. ${locator}`;
  return locator;
}

export function CitationCard({ citation, together = [citation], index, works, onJump }: Props) {
  const card = useCardController();
  const ref = useRef<HTMLDivElement>(null);
  const { anchor } = card;
  useLayoutEffect(() => {
    if (ref.current && anchor) return followAnchor(ref.current, anchor);
  }, [anchor]);

  useEffect(() => {
    if (card.pinned) ref.current?.focus();
  }, [card.pinned, citation.id]);

  const work = citation.workId ? works.get(citation.workId) : undefined;
  const titleId = `${card.cardId}-title`;
  const several = together.length > 1;

  return createPortal(
    <div
      ref={ref}
      id={card.cardId}
      className={`citation-card${card.pinned ? ' citation-card--pinned' : ''}`}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onMouseEnter={() => card.cardHover(true)}
      onMouseLeave={() => card.cardHover(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          card.close(true);
        } else if (card.pinned && ref.current) trapTab(event, ref.current);
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (!card.pinned && !(next instanceof Node && ref.current?.contains(next)))
          card.close(false);
      }}
    >
      <header className="card__header">
        <h2 id={titleId} className="card__title">
          {several
            ? `${together.length} references: ${citation.raw}`
            : work
              ? work.label
              : citation.raw}
        </h2>
        {work && !several && <ConfidenceBadge level={work.confidence} />}
        {card.pinned && (
          <button
            type="button"
            className="card__close"
            aria-label="Close card"
            onClick={() => card.close(true)}
          >
            ×
          </button>
        )}
      </header>

      {several ? (
        <CardEntries
          citations={together}
          index={index}
          works={works}
          onLeave={() => card.close(false)}
        />
      ) : (
        <SingleCitation citation={citation} work={work} index={index} onJump={onJump} />
      )}
    </div>,
    document.body,
  );
}

function SingleCitation({
  citation,
  work,
  index,
  onJump,
}: {
  citation: ResolvedCitation;
  work: WorkSummary | undefined;
  index: PaperIndex;
  onJump: (citationId: string) => void;
}) {
  const card = useCardController();
  const { openWork } = useNavigation();
  const repeated = citation.ibidOf ? index.citationById.get(citation.ibidOf) : undefined;
  const places = citation.workId ? (index.citationsByWork.get(citation.workId) ?? []) : [];
  return (
    <>
      {citation.ibid && (
        <p className="card__ibid">
          <em>Ibid.</em> repeats{' '}
          {repeated ? (
            <button type="button" className="link" onClick={() => onJump(repeated.id)}>
              {repeated.raw}
            </button>
          ) : (
            'the citation before it'
          )}
          .
        </p>
      )}

      {work ? (
        <CardReference workId={work.key} />
      ) : (
        <p className="card__muted">This citation does not match any work in the bibliography.</p>
      )}

      <CitationInPaperList citation={citation} index={index} onChanged={() => card.close(false)} />

      <CitedOnPage citation={citation} index={index} />

      {citation.locator && (
        <p className="card__locator">
          <span className="card__label">Cited here</span> {describeLocator(citation.locator)}
        </p>
      )}

      {work && (
        <section className="card__section" aria-label="Where this work is cited">
          <h3 className="card__label">
            Cited {places.length === 1 ? 'once' : `${places.length} times`} in this paper
          </h3>
          <ol className="card__places">
            {places.map((place) => {
              const section = sectionAt(index, place.start);
              const here = place.id === citation.id;
              const page = pageAtOffset(index, place.start);
              return (
                <li
                  key={place.id}
                  className={here ? 'card__place card__place--here' : 'card__place'}
                >
                  {here ? (
                    <span className="card__here" aria-current="location">
                      Here: {section?.title ?? 'Front matter'}
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="link card__jump"
                      onClick={() => onJump(place.id)}
                      aria-label={`Go to ${place.raw} in ${section?.title ?? 'front matter'}`}
                    >
                      {section?.title ?? 'Front matter'}
                    </button>
                  )}
                  {page !== null && <span className="card__place-page"> p. {page}</span>}
                  <span className="card__excerpt">{passageOf(index, place)}</span>
                </li>
              );
            })}
          </ol>
        </section>
      )}

      {work && (
        <CardAcrossPapers
          work={work}
          documentId={index.documentId}
          onLeave={() => card.close(false)}
        />
      )}

      <section className="card__section" aria-label="Your notes">
        <h3 className="card__label">Your notes</h3>
        {work ? (
          <NoteBacklinks
            variant="card"
            query={{ workKey: work.key }}
            links={[{ kind: 'work', workKey: work.key, locator: citation.locator }]}
            onOpen={() => card.close(false)}
          />
        ) : (
          <p className="card__muted">No notes yet.</p>
        )}
      </section>

      {work && (
        <p className="card__footer">
          <button type="button" className="link" onClick={() => openWork(work.key)}>
            Open in bibliography
          </button>
          {' · '}
          <AddToListButton workKeys={[work.key]} what={work.label} className="link" />
          {' · '}
          <CopyCitationButton cites={citesOf([citation])} what={work.label} className="link" />
        </p>
      )}
    </>
  );
}
