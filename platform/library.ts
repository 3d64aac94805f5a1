import { browser } from 'wxt/browser';
import type { NonEmpty, Stretch } from '../data/stretch-types';

/** Where the build writes the stretch library (see wxt.config.ts), beside the pages. */
export const LIBRARY_FILE = 'library.json';

let cached: Promise<NonEmpty<Stretch>> | null = null;

/**
 * The stretch library, read from the extension's own package: a local file, not a network
 * request. Kept out of the background bundle, which only needs it when it picks a stretch.
 */
export function loadLibrary(): Promise<NonEmpty<Stretch>> {
  cached ??= fetch(browser.runtime.getURL(`/${LIBRARY_FILE}`))
    .then((response) => response.json())
    .then((library: unknown) => {
      if (!Array.isArray(library) || library.length === 0) {
        throw new Error(`${LIBRARY_FILE} is missing or empty.`);
      }
      return library as unknown as NonEmpty<Stretch>;
    })
    .catch((error) => {
      cached = null;
      throw error;
    });
  return cached;
}
