// What a note links to, as chips: a work opens in the bibliography, a claim in the claims view,
// a passage in the reader (found again in the current text). Explicit links can be removed.
import type { NoteLink, ResolvedNoteLink } from '../../../shared/contract';
import { useDocumentTexts } from '../../api/documents';
import { useNavigation } from '../../app/navigation';
import { passageRange } from './passages';

const KIND_LABEL = { work: 'Work', claim: 'Claim', passage: 'Passage' } as const;

interface Props {
  links: readonly (ResolvedNoteLink | { link: NoteLink; status?: undefined; label?: undefined })[];
  onRemove?: (link: NoteLink) => void;
  /** Called before a chip navigates (e.g. to close the drawer). */
  onNavigate?: () => void;
}

export function NoteLinkChips({ links, onRemove, onNavigate }: Props) {
  const nav = useNavigation();
  // The text of each linked document, to find a passage again (null while they load).
  const loaded = useDocumentTexts(
    links.flatMap(({ link }) => (link.kind === 'passage' ? [link.documentId] : [])),
  );
  const texts = loaded.status === 'ready' ? loaded.data : null;
  const placeOf = (link: Extract<NoteLink, { kind: 'passage' }>) => {
    const text = texts?.get(link.documentId);
    return text === undefined ? null : passageRange(text, link.selector);
  };
  if (links.length === 0) return <p className="muted note-links__empty">No links yet.</p>;

  const follow = (link: NoteLink) => {
    onNavigate?.();
    if (link.kind === 'work') nav.openWork(link.workKey);
    else if (link.kind === 'claim') nav.showClaim(link.claimId, link.documentId);
    else {
      const at = placeOf(link);
      if (at) nav.jumpTo(link.documentId, { kind: 'passage', ...at });
    }
  };

  return (
    <ul className="chips note-links" aria-label="Links">
      {links.map(({ link, status, label }, i) => {
        const gone =
          status === 'dangling' || (link.kind === 'passage' && texts !== null && !placeOf(link));
        const name = `${label ?? link.placeholder}${link.kind === 'work' && link.locator ? `, ${link.locator}` : ''}`;
        return (
          <li key={i} className={`note-link note-link--${link.kind}`}>
            <button
              type="button"
              className={`chip${gone ? ' chip--gone' : ''}`}
              disabled={gone}
              title={gone ? 'This no longer exists; the link keeps its name.' : undefined}
              onClick={() => follow(link)}
            >
              <span className="chip__kind">{KIND_LABEL[link.kind]}</span> {name}
              {gone && ' (deleted)'}
              {link.source === 'body' && <span className="chip__kind"> · in text</span>}
            </button>
            {onRemove && link.source === 'explicit' && (
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove the link to ${name}`}
                onClick={() => onRemove(link)}
              >
                ×
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
