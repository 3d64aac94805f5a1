import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Settings } from '../core/settings/settings';

/** The settings as stored after the save, the message for each rejected field, and a failed write. */
export interface SaveSettingsResult {
  settings: Settings;
  errors: Record<string, string>;
  writeError: string | null;
}

/** Every message a page can send to the background, with its reply. */
export interface ProtocolMap {
  /** Validate and store a change to some settings; valid fields are saved even when others are not. */
  saveSettings(changes: Record<string, unknown>): SaveSettingsResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
