import '../../assets/theme.css';
import '../../assets/stretch.css';
import '../../assets/figure.css';
import './options.css';
import './library.css';
import './data-and-save.css';
import { renderPage } from '../../pages/render-page';
import { OptionsApp } from './OptionsApp';

renderPage(<OptionsApp />);
