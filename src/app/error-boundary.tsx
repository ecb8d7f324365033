import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Downloads the open document as it is, so a crash never costs the user their edits. */
  readonly onRescue?: () => void;
}
interface State {
  readonly error: Error | null;
}

/**
 * Never a blank page: an error in the editor's view shows what happened and a way back. The open files live
 * above this boundary, so they are kept as they were.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The editor view failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="card crash" role="alert" aria-labelledby="crash-title">
        <h2 id="crash-title">Something went wrong in the editor</h2>
        <p>Your file is still open and nothing was lost. Try going back to it; if this happens again, download the file as it is and reload the page.</p>
        <p className="hint">Details: {error.message}</p>
        <div className="dialog__actions">
          {this.props.onRescue ? (
            <button type="button" className="button" onClick={this.props.onRescue}>
              Download the file as it is
            </button>
          ) : null}
          <button type="button" className="button button--primary" onClick={() => this.setState({ error: null })}>
            Back to the editor
          </button>
        </div>
      </section>
    );
  }
}
