// A view that fails to render shows what went wrong in its own place; the sidebar and the other
// views keep working (without it one render error blanked the whole window).
import { Component, type ReactNode } from 'react';

interface Props {
  /** The view's name, for the message ("The Bibliography could not be shown"). */
  label: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Catches render errors of one view and offers to show it again or reload the window. */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    // Kept in the console for a bug report; the user sees the message below.
    console.error(`${this.props.label} view failed:`, error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="fatal view-error" role="alert" aria-labelledby="view-error-title">
        <h1 id="view-error-title">The {this.props.label} view could not be shown</h1>
        <p>
          {error.message || 'An unexpected error.'} Your library on disk is not affected: every
          change already saved stays saved. The other views still work.
        </p>
        <p>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>{' '}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the window
          </button>
        </p>
      </section>
    );
  }
}
