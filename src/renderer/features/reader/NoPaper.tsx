// What the reader shows when the library holds no paper (every one removed).
import { useNavigation } from '../../app/navigation';

export function NoPaper() {
  const { showView } = useNavigation();
  return (
    <section className="empty-view" aria-labelledby="no-paper-title">
      <h1 id="no-paper-title" className="view-title" tabIndex={-1}>
        No paper to read
      </h1>
      <p className="muted">
        Your library holds no paper. Add one (a Markdown or text file) from the Papers view, with
        File → Add paper…, or by dropping it on the window.
      </p>
      <button type="button" className="button" onClick={() => showView('papers')}>
        Go to Papers
      </button>
    </section>
  );
}
