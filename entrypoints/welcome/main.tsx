import '../../assets/theme.css';
import '../options/options.css';
import '../options/data-and-save.css';
import './welcome.css';
import { renderPage } from '../../pages/render-page';
import { WelcomeApp } from './WelcomeApp';

renderPage(<WelcomeApp />);
