import { render } from 'preact';
import '../../assets/theme.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
