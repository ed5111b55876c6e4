import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** A new value (the address) starts afresh: the next page may well load. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failedKey: string | null;
}

/**
 * Catches a page that could not load its code (offline, or a new version of Agora was
 * installed meanwhile) or failed while rendering, and offers to reload instead of a blank page.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failedKey: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failedKey: '' };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed', error, info.componentStack);
    this.setState({ failedKey: this.props.resetKey });
  }

  override render(): ReactNode {
    const { failedKey } = this.state;
    if (failedKey !== null && (failedKey === '' || failedKey === this.props.resetKey)) return <PageFailed />;
    return this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <h1 className="status__title">{t('errors.pageFailed')}</h1>
      <p>{t('errors.pageFailedText')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}
