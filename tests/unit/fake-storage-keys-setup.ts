// WXT's fake browser leaves `storage.*.getKeys` unmocked (it throws). Here it answers from the fake
// area's contents, as Chrome 130+ and Firefox 143+ do.
import { fakeBrowser } from 'wxt/testing/fake-browser';

for (const name of ['local', 'sync', 'session'] as const) {
  const area = fakeBrowser.storage[name];
  area.getKeys = (async () => Object.keys(await area.get(null))) as typeof area.getKeys;
}
