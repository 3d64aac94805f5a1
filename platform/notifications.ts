import { browser } from 'wxt/browser';

export interface NotificationContent {
  title: string;
  message: string;
  /** Button labels; dropped where the browser has no buttons (Firefox). */
  buttons: string[];
  /** Added to the message where the buttons cannot be shown, to say what a click does instead. */
  withoutButtons?: string;
  /** Stay on screen until answered, where the browser allows it. */
  sticky: boolean;
}

/** Notifications behind a seam: Chrome takes buttons and requireInteraction, Firefox neither. */
export interface NotificationsAdapter {
  show(id: string, content: NotificationContent): Promise<void>;
  clear(id: string): Promise<void>;
}

const iconUrl = () => browser.runtime.getURL('/icon/128.png');

export const browserNotifications: NotificationsAdapter = {
  async show(id, content) {
    const basic = {
      type: 'basic' as const,
      iconUrl: iconUrl(),
      title: content.title,
      message: content.message,
    };
    await browser.notifications.clear(id);
    try {
      await browser.notifications.create(id, {
        ...basic,
        buttons: content.buttons.map((title) => ({ title })),
        requireInteraction: content.sticky,
      });
    } catch (error) {
      // Firefox rejects the options it does not support; everything stays reachable in the popup.
      if (!/unsupported|buttons|requireInteraction/i.test(String(error))) throw error;
      const hint = content.withoutButtons ? ` ${content.withoutButtons}` : '';
      await browser.notifications.create(id, { ...basic, message: `${basic.message}${hint}` });
    }
  },
  async clear(id) {
    await browser.notifications.clear(id);
  },
};
