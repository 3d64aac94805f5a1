import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CHROMIUM_NOTIFICATIONS,
  createNotifications,
  FIREFOX_NOTIFICATIONS,
} from '../../../platform/notifications';

const content = {
  title: 'Time to stand up',
  message: 'Try the pigeon.',
  buttons: ['Start stretch', 'Snooze 5 min'],
  withoutButtons: 'Click to start.',
  sticky: true,
};
const chrome = () =>
  createNotifications(fakeBrowser.notifications, CHROMIUM_NOTIFICATIONS, () => 'i.png');
const firefox = () =>
  createNotifications(fakeBrowser.notifications, FIREFOX_NOTIFICATIONS, () => 'i.png');

describe('the notifications adapter', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows buttons and stays on screen in Chrome', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await chrome().show('stretch-break', content);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toEqual({
      type: 'basic',
      iconUrl: 'i.png',
      title: 'Time to stand up',
      message: 'Try the pigeon.',
      buttons: [{ title: 'Start stretch' }, { title: 'Snooze 5 min' }],
      requireInteraction: true,
      silent: false,
    });
  });

  it('makes a notification that does not stay (a session cue) silent in Chrome', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await chrome().show('stretch-done', { ...content, buttons: [], sticky: false });
    expect(create.mock.calls[0]?.[1]).toMatchObject({ requireInteraction: false, silent: true });
  });

  it('never passes what Firefox rejects, and says what a click does instead', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await firefox().show('stretch-break', content);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toEqual({
      type: 'basic',
      iconUrl: 'i.png',
      title: 'Time to stand up',
      message: 'Try the pigeon. Click to start.',
    });
  });

  it('does not listen for buttons in Firefox, where the event only logs "unimplemented"', () => {
    const add = vi.spyOn(fakeBrowser.notifications.onButtonClicked, 'addListener');
    firefox().onButtonClicked(() => undefined);
    expect(add).not.toHaveBeenCalled();
    chrome().onButtonClicked(() => undefined);
    expect(add).toHaveBeenCalledTimes(1);
  });

  it('reports a close as a dismissal in Chrome only when the user closed it', async () => {
    const dismissed = vi.fn();
    chrome().onDismissed(dismissed);
    await fakeBrowser.notifications.onClosed.trigger('stretch-break', false);
    expect(dismissed).not.toHaveBeenCalled();
    await fakeBrowser.notifications.onClosed.trigger('stretch-break', true);
    expect(dismissed).toHaveBeenCalledWith('stretch-break');
  });

  it('never reports a dismissal in Firefox, which says byUser for timeouts and clears too', async () => {
    const dismissed = vi.fn();
    firefox().onDismissed(dismissed);
    await fakeBrowser.notifications.onClosed.trigger('stretch-break', true);
    expect(dismissed).not.toHaveBeenCalled();
  });

  it('passes clicks on through', async () => {
    const clicked = vi.fn();
    firefox().onClicked(clicked);
    await fakeBrowser.notifications.onClicked.trigger('stretch-break');
    expect(clicked).toHaveBeenCalledWith('stretch-break');
  });
});
