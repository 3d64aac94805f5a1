import { render } from 'preact';
import '../../assets/theme.css';
import { inWindow, PopupApp } from './PopupApp';

// In a window of its own the page may be wider than the toolbar popup.
if (inWindow) document.getElementById('frame')?.classList.add('in-window');

render(<PopupApp />, document.getElementById('app') as HTMLElement);
