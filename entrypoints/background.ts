import { defineBackground } from 'wxt/utils/define-background';
import { saveSettings } from '../background/save-settings';
import { onMessage } from '../platform/messages';

// Wiring only: every listener is registered synchronously in main(), so an event that wakes the
// service worker finds its listener; the work itself lives in background/ and core/.
export default defineBackground(() => {
  onMessage('saveSettings', ({ data }) => saveSettings(data));
});
