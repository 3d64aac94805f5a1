import { browser } from 'wxt/browser';

export interface NotificationContent {
  title: string;
  message: string;
  /** Button labels, if any; dropped where the browser has no buttons (Firefox). */
  buttons?: string[];
  /** Added to the message where the buttons cannot be shown, to say what a click does instead. */
  withoutButtons?: string;
  /** Stay on screen until answered, where the browser allows it; one that is not makes no sound. */
  sticky?: boolean;
}

/**
 * What the browser's notifications can do. Firefox has `onButtonClicked` as an object that logs
 * "unimplemented" when used, rejects `buttons` and `requireInteraction`, and reports every close
 * with `byUser: true`, a timeout and the extension's own `clear` included (Mozilla bug 1413188).
 * None of that can be probed without the warning or the wrong answer, so it follows the build.
 */
export interface NotificationCapabilities {
  buttons: boolean;
  requireInteraction: boolean;
  /** `onClosed`'s `byUser` really means the user closed it (not a timeout, not our own clear). */
  closeReasonReliable: boolean;
}

export const CHROMIUM_NOTIFICATIONS: NotificationCapabilities = {
  buttons: true,
  requireInteraction: true,
  closeReasonReliable: true,
};
export const FIREFOX_NOTIFICATIONS: NotificationCapabilities = {
  buttons: false,
  requireInteraction: false,
  closeReasonReliable: false,
};

/** Notifications behind a seam, in the terms the scheduler needs. */
export interface NotificationsAdapter {
  show(id: string, content: NotificationContent): Promise<void>;
  clear(id: string): Promise<void>;
  onClicked(listener: (id: string) => void): void;
  /** Never fires where the browser has no buttons. */
  onButtonClicked(listener: (id: string, button: number) => void): void;
  /**
   * The user closed it on purpose. Never fires for a timeout or the extension's own clear, and never
   * in a browser that cannot tell those apart: there only a click counts as an answer.
   */
  onDismissed(listener: (id: string) => void): void;
}

type NotificationsApi = typeof browser.notifications;

/** The adapter over a notifications API with the given capabilities. */
export function createNotifications(
  api: NotificationsApi,
  can: NotificationCapabilities,
  iconUrl: () => string,
): NotificationsAdapter {
  return {
    async show(id, content) {
      const hint = !can.buttons && content.withoutButtons ? ` ${content.withoutButtons}` : '';
      // Cleared first so a repeat pops up again instead of silently replacing the old one.
      await api.clear(id);
      await api.create(id, {
        type: 'basic',
        iconUrl: iconUrl(),
        title: content.title,
        message: `${content.message}${hint}`,
        ...(can.buttons && content.buttons
          ? { buttons: content.buttons.map((title) => ({ title })) }
          : {}),
        // Firefox is given neither: it has no `requireInteraction`, and its notifications are quiet.
        ...(can.requireInteraction
          ? { requireInteraction: content.sticky === true, silent: !content.sticky }
          : {}),
      });
    },
    async clear(id) {
      await api.clear(id);
    },
    onClicked(listener) {
      api.onClicked.addListener(listener);
    },
    onButtonClicked(listener) {
      if (can.buttons) api.onButtonClicked.addListener(listener);
    },
    onDismissed(listener) {
      if (!can.closeReasonReliable) return;
      api.onClosed.addListener((id, byUser) => {
        if (byUser) listener(id);
      });
    },
  };
}

export const browserNotifications: NotificationsAdapter = createNotifications(
  browser.notifications,
  import.meta.env.FIREFOX ? FIREFOX_NOTIFICATIONS : CHROMIUM_NOTIFICATIONS,
  () => browser.runtime.getURL('/icon/128.png'),
);
