// Tells the user when Scholion had to repair their data (a damaged file set aside and restored
// from a backup) or could not save a change, until they dismiss it.
import { useEffect } from 'react';
import { useDataHealth, useUserDataActions } from '../../api/userData';

const POLL_MS = 30_000;

export function RecoveryBanner() {
  const health = useDataHealth();
  const { run, refresh } = useUserDataActions();

  // A CLI run or a background save may report something at any time: look again now and then.
  useEffect(() => {
    const again = () => refresh('health');
    const timer = setInterval(again, POLL_MS);
    window.addEventListener('focus', again);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', again);
    };
  }, [refresh]);

  if (health.status !== 'ready') return null;
  const { recoveries, writeErrors, location } = health.data;
  if (recoveries.length === 0 && writeErrors.length === 0) return null;
  const ids = [...recoveries.map((r) => r.id), ...writeErrors.map((e) => e.id)];
  const allRestored =
    recoveries.length > 0 && recoveries.every((r) => r.kind === 'restored-from-backup');
  const files =
    recoveries.length === 1 ? 'a damaged data file' : `${recoveries.length} damaged data files`;
  const headline =
    recoveries.length === 0
      ? 'Scholion could not save some changes.'
      : allRestored
        ? `Scholion repaired ${files} from ${recoveries.length === 1 ? 'its backup' : 'their backups'}.`
        : `Scholion had to repair ${files}.`;

  return (
    <section className="recovery-banner" role="alert" aria-labelledby="recovery-title">
      <div className="recovery-banner__text">
        <h2 id="recovery-title" className="recovery-banner__title">
          {headline}
        </h2>
        <ul className="recovery-banner__list">
          {recoveries.map((r) => (
            <li key={r.id}>
              {r.message} <span className="muted">({r.reason})</span>
            </li>
          ))}
          {writeErrors.map((e) => (
            <li key={e.id}>{e.message}</li>
          ))}
        </ul>
        <p className="muted">
          Your data folder: <code>{location}</code>.
          {recoveries.some((r) => r.movedTo) &&
            ' The damaged files are kept there, set aside, for recovery by hand.'}
        </p>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => void run((api) => api.acknowledgeDataHealth({ ids }), ['health'])}
      >
        Dismiss
      </button>
    </section>
  );
}
