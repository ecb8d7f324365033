import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';

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
    return <CrashNotice error={error} onRescue={this.props.onRescue} onBack={() => this.setState({ error: null })} />;
  }
}

function CrashNotice({ error, onRescue, onBack }: { error: Error; onRescue: (() => void) | undefined; onBack: () => void }) {
  const t = useT();
  return (
      <section className="card crash" role="alert" aria-labelledby="crash-title">
        <h2 id="crash-title">{t('crash.title')}</h2>
        <p>{t('crash.body')}</p>
        <p className="hint">{t('crash.details', { detail: error.message })}</p>
        <div className="dialog__actions">
          {onRescue ? (
            <button type="button" className="button" onClick={onRescue}>
              {t('crash.download')}
            </button>
          ) : null}
          <button type="button" className="button button--primary" onClick={onBack}>
            {t('crash.back')}
          </button>
        </div>
      </section>
  );
}
