// A work's reference as the card shows it (APA, formatted by the main process).
import { useReference } from '../../api/queries';
import { SafeHtml } from '../../ui/safeHtml';

export function CardReference({ workId }: { workId: string }) {
  const reference = useReference(workId, 'apa', 'html');
  if (reference.status === 'loading') return <p className="card__muted">Formatting reference…</p>;
  if (reference.status === 'error')
    return <p className="card__muted">The reference could not be formatted.</p>;
  return <SafeHtml className="card__reference" html={reference.data} />;
}
