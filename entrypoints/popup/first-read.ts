import { startEarlyRead } from '../../platform/early-read';

// Imported first by main.tsx, so this runs before the popup's own modules are evaluated.
export const POPUP_FIRST_READ = [
  'sync:settings',
  'local:schedule',
  'local:suggestion',
  'local:guided-session',
  'local:today',
] as const;

startEarlyRead(POPUP_FIRST_READ);
