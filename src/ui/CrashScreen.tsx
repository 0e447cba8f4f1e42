// When a part of the screen fails, this stands in its place: the work is not lost (it is in the
// app state and in the browser's storage), the user can save it as a file and carry on.
import { Component, type ReactNode } from 'react';
import type { Controller } from '../app/controller';
import { translate } from '../i18n';
import { download, fileName } from './export/download';

interface Props {
  controller: Controller;
  children: ReactNode;
}

export class CrashBoundary extends Component<Props, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('ZoneReform screen failed:', error);
  }

  private save = async () => {
    const saved = await this.props.controller.actions.save();
    if (saved) download(`${fileName(saved.name) || 'zonereform'}.json`, saved.text, 'application/json');
  };

  override render() {
    if (!this.state.error) return this.props.children;
    const lang = this.props.controller.store.get().lang;
    const t = (key: 'crash.title' | 'crash.body' | 'crash.save' | 'crash.retry' | 'crash.detail') => translate(lang, key, {} as never);
    return (
      <div className="crash" role="alert" data-crash="">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <div className="crash-actions">
          <button type="button" className="primary" data-action="save-file" onClick={() => void this.save()}>{t('crash.save')}</button>
          <button type="button" onClick={() => this.setState({ error: undefined })}>{t('crash.retry')}</button>
        </div>
        <details>
          <summary>{t('crash.detail')}</summary>
          <pre>{String(this.state.error.stack ?? this.state.error.message)}</pre>
        </details>
      </div>
    );
  }
}
