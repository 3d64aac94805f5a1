import { browser } from 'wxt/browser';
import type { IdleState } from '../core/scheduler';

/** The machine-wide idle detector, behind a seam so tests can drive it (the fake browser has none). */
export interface IdleAdapter {
  setDetectionInterval(seconds: number): void;
  onStateChanged(listener: (state: IdleState) => void): void;
  queryState(seconds: number): Promise<IdleState>;
}

export const browserIdle: IdleAdapter = {
  setDetectionInterval: (seconds) => browser.idle.setDetectionInterval(seconds),
  onStateChanged: (listener) => browser.idle.onStateChanged.addListener(listener),
  queryState: (seconds) => browser.idle.queryState(seconds),
};
