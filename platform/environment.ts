import { browser } from 'wxt/browser';
import type { Environment } from '../core/scheduler';

/**
 * What the extension can see of "don't interrupt now": a fullscreen browser window, and a tab
 * playing sound (tab.audible needs no `tabs` permission). Each is only looked at when enabled.
 */
export async function readEnvironment(wanted: {
  fullscreen: boolean;
  audible: boolean;
}): Promise<Environment> {
  const [fullscreen, audible] = await Promise.all([
    wanted.fullscreen
      ? browser.windows.getAll().then((all) => all.some((w) => w.state === 'fullscreen'))
      : false,
    wanted.audible
      ? browser.tabs.query({ audible: true, muted: false }).then((tabs) => tabs.length > 0)
      : false,
  ]);
  return { fullscreen, audible };
}
