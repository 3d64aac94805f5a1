import { startEarlyRead } from '../../platform/early-read';
import {
  historyPartItem,
  scheduleItem,
  sessionItem,
  settingsItem,
  suggestionItem,
} from '../../platform/storage-items';

// main.tsx imports this first, so the popup's one storage read starts before the popup's own
// modules are evaluated. These are the items usePopupState renders from; should the two lists
// differ, the popup still works, reading storage itself after its first paint.
export const POPUP_FIRST_READ = [
  settingsItem,
  scheduleItem,
  suggestionItem,
  sessionItem,
  historyPartItem(Date.now()),
];

startEarlyRead(POPUP_FIRST_READ.flatMap((item) => ('keys' in item ? item.keys : [item.key])));
