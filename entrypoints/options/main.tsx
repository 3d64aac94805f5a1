import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/stretch.css';
import '../../assets/figure.css';
import './options.css';
import './library.css';
import './data-and-save.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { sendMessage } from '../../platform/messages';
import { OptionsApp } from './OptionsApp';

// Settings are checked field by field on every read, so a failure here is a bug, not bad data;
// resetting the settings (history is kept) is still a way out that always works.
render(
  <ErrorBoundary
    resetLabel="Reset settings to their defaults"
    kept="Your history is kept whatever you choose here; only the reset changes your settings."
    onReset={async () => {
      const result = await sendMessage('resetSettings', undefined);
      if (result.writeError) throw new Error(result.writeError);
    }}
  >
    <OptionsApp />
  </ErrorBoundary>,
  document.getElementById('app') as HTMLElement,
);
