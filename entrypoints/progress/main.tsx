import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/stretch.css';
import '../options/options.css';
import '../options/data-and-save.css';
import './progress.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { sendMessage } from '../../platform/messages';
import { ProgressApp } from './ProgressApp';

// The history is checked entry by entry as it is read, so a failure here is a bug, not bad data;
// resetting the settings (the history is kept) is the same way out the options page offers.
render(
  <ErrorBoundary
    resetLabel="Reset settings to their defaults"
    kept="Your history is kept whatever you choose here; only the reset changes your settings."
    onReset={async () => {
      const result = await sendMessage('resetSettings', undefined);
      if (result.writeError) throw new Error(result.writeError);
    }}
  >
    <ProgressApp />
  </ErrorBoundary>,
  document.getElementById('app') as HTMLElement,
);
