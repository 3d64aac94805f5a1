import '../../assets/theme.css';
import '../../assets/stretch.css';
import '../../assets/figure.css';
import '../options/options.css';
import '../options/library.css';
import './stretches.css';
import { renderPage } from '../../pages/render-page';
import { StretchesApp } from './StretchesApp';

renderPage(<StretchesApp />);
