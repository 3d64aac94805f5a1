import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../background/create-background';
import { browserDeps } from '../background/deps';

// Wiring only: the listeners and what they do live in background/, the decisions in core/.
export default defineBackground(() => {
  void startBackground(browserDeps);
});
