import { Component, type ComponentChildren } from 'preact';

interface ErrorBoundaryProps {
  children: ComponentChildren;
  /** What resetting clears, in a few words: "Start over with a new stretch". */
  resetLabel: string;
  /** What stays whatever the user chooses, as a sentence. */
  kept: string;
  /** Clears what the page was showing (everything else is kept); rejects with what went wrong. */
  onReset: () => Promise<void>;
  /** Called as the error is shown, for what the page drew outside the boundary (the popup's early name). */
  onError?: () => void;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetError: string | null;
}

/**
 * Shows what went wrong, and a way out, instead of a blank page when rendering fails: try again,
 * reset the one thing the page shows (the rest of the user's data is kept), or reload.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetError: null };

  static override getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error('Stand Up & Stretch: the page could not be shown', error);
    this.props.onError?.();
  }

  override render() {
    const { error, resetError } = this.state;
    if (error === null) return this.props.children;
    const reset = async () => {
      try {
        await this.props.onReset();
        this.setState({ error: null, resetError: null });
      } catch (failed) {
        this.setState({ resetError: String(failed) });
      }
    };
    return (
      <section class="page-error" role="alert" aria-labelledby="page-error-title">
        <h2 id="page-error-title">Something went wrong showing this page</h2>
        <p>
          <code>{error.message.slice(0, 300)}</code>
        </p>
        <p>{this.props.kept}</p>
        <div class="actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={reset}>
            {this.props.resetLabel}
          </button>
          <button type="button" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
        {resetError && <p class="error">That did not work either: {resetError}</p>}
      </section>
    );
  }
}
