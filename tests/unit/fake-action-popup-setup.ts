// WXT's fake browser leaves `action.setPopup` and `getPopup` unmocked (they throw). Here they keep
// the popup's path as the browser would, relative paths made whole, reset before each test.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

let popup = '';

Object.assign(fakeBrowser.action, {
  setPopup: async ({ popup: path }: { popup: string }) => {
    popup = path === '' ? '' : fakeBrowser.runtime.getURL(path as never);
  },
  getPopup: async () => popup,
});

beforeEach(() => {
  popup = '';
});
