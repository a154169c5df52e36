// Loading and error states shared by every view.
import { errorMessage } from '../api/scholion';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status status--loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ error, what }: { error: unknown; what: string }) {
  return (
    <div className="status status--error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {errorMessage(error)}
      </p>
    </div>
  );
}
