// One view or section that throws while drawing (a bad record, a bug) must not blank the whole popup or options
// page: React unmounts everything above a throwing component unless a boundary catches it. The boundary shows a
// short message where the part was, prints the error once and hands it to the diagnostics log.
import {Component, type ErrorInfo, type ReactNode} from 'react';
import {t} from '../shared/i18n.ts';
import {describeError, printError} from '../shared/log.ts';
import {send} from '../shared/send.ts';

type Props = {
  /** Which part this is, for the log: 'popup:week', 'options:data'. */
  name: string;
  children: ReactNode;
};

export class ErrorBoundary extends Component<Props, {failed: boolean}> {
  override state = {failed: false};

  static getDerivedStateFromError(): {failed: boolean} {
    return {failed: true};
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const source = `ui:${this.props.name}`;
    if (!printError(source, error)) return;
    const {message, stack} = describeError(error);
    send('log/error', {source, message, stack: stack ?? info.componentStack ?? undefined}).catch(() => {
      // The background is unreachable: the console has it.
    });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <p role="alert" className="muted" data-testid="view-failed">{t('ui_viewFailed')}</p>;
  }
}
