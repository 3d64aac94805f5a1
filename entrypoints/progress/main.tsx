import '../../assets/theme.css';
import '../../assets/stretch.css';
import '../options/options.css';
import '../options/data-and-save.css';
import './progress.css';
import { renderPage } from '../../pages/render-page';
import { ProgressApp } from './ProgressApp';

renderPage(<ProgressApp />);
