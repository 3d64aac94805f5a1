import { render } from 'preact';
import '../../assets/theme.css';
import '../options/options.css';
import '../options/data-and-save.css';
import './welcome.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { sendMessage } from '../../platform/messages';
import { WelcomeApp } from './WelcomeApp';

render(
  <ErrorBoundary
    resetLabel="Reset settings to their defaults"
    kept="Your history is kept whatever you choose here; only the reset changes your settings."
    onReset={async () => {
      const result = await sendMessage('resetSettings', undefined);
      if (result.writeError) throw new Error(result.writeError);
    }}
  >
    <WelcomeApp />
  </ErrorBoundary>,
  document.getElementById('app') as HTMLElement,
);
