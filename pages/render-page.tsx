import { type ComponentChildren, render } from 'preact';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { sendMessage } from '../platform/messages';

/**
 * Draws an extension page (options, welcome, Stretches, Progress) inside the error boundary they
 * share. What each reads is checked on every read, so a failure here is a bug, not bad data;
 * resetting the settings (the history is kept) is a way out that always works.
 */
export function renderPage(app: ComponentChildren): void {
  render(
    <ErrorBoundary
      resetLabel="Reset settings to their defaults"
      kept="Your history is kept whatever you choose here; only the reset changes your settings."
      onReset={async () => {
        const result = await sendMessage('resetSettings', undefined);
        if (result.writeError) throw new Error(result.writeError);
      }}
    >
      {app}
    </ErrorBoundary>,
    document.getElementById('app') as HTMLElement,
  );
}
