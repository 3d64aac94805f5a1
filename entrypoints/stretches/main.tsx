import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/stretch.css';
import '../../assets/figure.css';
import '../options/options.css';
import '../options/library.css';
import './stretches.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { sendMessage } from '../../platform/messages';
import { StretchesApp } from './StretchesApp';

render(
  <ErrorBoundary
    resetLabel="Reset settings to their defaults"
    kept="Your history is kept whatever you choose here; only the reset changes your settings."
    onReset={async () => {
      const result = await sendMessage('resetSettings', undefined);
      if (result.writeError) throw new Error(result.writeError);
    }}
  >
    <StretchesApp />
  </ErrorBoundary>,
  document.getElementById('app') as HTMLElement,
);
