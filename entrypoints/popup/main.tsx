import './first-read';
import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/stretch.css';
import '../../assets/figure.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { hideEarlyTitle } from '../../pages/use-early-title';
import { earlyReadSettled } from '../../platform/early-read';
import { sendMessage } from '../../platform/messages';
import { asBreakPage, inWindow, PopupApp } from './PopupApp';

// The first render waits for the read first-read.ts began, so it shows the stretch at once; and,
// the module being async (build/early-stretch-names.ts), for the page to be parsed.
const parsed = new Promise((done) =>
  document.readyState === 'loading'
    ? document.addEventListener('DOMContentLoaded', done, { once: true })
    : done(undefined),
);
await Promise.all([earlyReadSettled(), parsed]);
// In a window of its own the page may be wider than the toolbar popup.
if (inWindow) document.getElementById('frame')?.classList.add('in-window');
if (asBreakPage) document.title = 'Time for a break · Stand Up & Stretch';
// A page that fails to render offers to drop what it shows: the stretch in progress and the
// suggestion (the background picks a fresh one); settings and history are kept.
render(
  <ErrorBoundary
    resetLabel="Start over with a new stretch"
    kept="Your settings and your history are kept whatever you choose here."
    onReset={() => sendMessage('anotherStretch', undefined)}
    onError={hideEarlyTitle}
  >
    <PopupApp />
  </ErrorBoundary>,
  document.getElementById('app') as HTMLElement,
);
