import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserNotifications } from '../../../platform/notifications';

const content = {
  title: 'Time to stand up',
  message: 'Try the pigeon.',
  buttons: ['Start stretch', 'Snooze 5 min'],
  withoutButtons: 'Click to start.',
  sticky: true,
};

describe('the notifications adapter', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows buttons and stays on screen where the browser supports it', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await browserNotifications.show('stretch-break', content);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toMatchObject({
      buttons: [{ title: 'Start stretch' }, { title: 'Snooze 5 min' }],
      requireInteraction: true,
      message: 'Try the pigeon.',
    });
  });

  it('falls back to a plain notification that says what a click does, as in Firefox', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    create.mockRejectedValueOnce(
      new Error('Type error for parameter options (Property "buttons" is unsupported by Firefox)'),
    );
    await browserNotifications.show('stretch-break', content);
    expect(create).toHaveBeenCalledTimes(2);
    const plain = create.mock.calls[1]?.[1] as unknown as Record<string, unknown>;
    expect(plain).not.toHaveProperty('buttons');
    expect(plain.message).toBe('Try the pigeon. Click to start.');
  });

  it('does not hide other errors behind the fallback', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('bad icon'));
    await expect(browserNotifications.show('stretch-break', content)).rejects.toThrow('bad icon');
  });
});
