import { browser } from 'wxt/browser';

// Stored values are named `area:name` (`local:schedule`, `sync:settings`) and read and written
// through the browser's storage areas directly. @wxt-dev/storage did this before, with much more
// besides (metadata, snapshots, versioned items, a migration lock) that none of our code uses: it
// cost the service worker 2.8 KB of its 16 KB gzip budget and the popup as much again, and cannot
// be tree-shaken (it is one object). Versions are ours to keep: see core/settings/migrate-settings.ts.

export type StorageArea = 'local' | 'sync' | 'session';
export type StorageKey = `${StorageArea}:${string}`;

function split(key: StorageKey): [StorageArea, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon) as StorageArea, key.slice(colon + 1)];
}

const area = (name: StorageArea) => browser.storage[name];

/** One stored value, undefined when there is none. */
export async function readKey(key: StorageKey): Promise<unknown> {
  const [where, name] = split(key);
  return (await area(where).get(name))[name];
}

/** Several stored values in one call per area, by key; a missing key maps to undefined. */
export async function readKeys(keys: readonly StorageKey[]): Promise<Map<StorageKey, unknown>> {
  const byArea = new Map<StorageArea, string[]>();
  for (const key of keys) {
    const [where, name] = split(key);
    byArea.set(where, [...(byArea.get(where) ?? []), name]);
  }
  const found = new Map<StorageKey, unknown>();
  await Promise.all(
    [...byArea].map(async ([where, names]) => {
      const values = await area(where).get(names);
      for (const name of names) found.set(`${where}:${name}`, values[name]);
    }),
  );
  return found;
}

/** Stores a value; null or undefined removes the key. */
export async function writeKey(key: StorageKey, value: unknown): Promise<void> {
  const [where, name] = split(key);
  if (value === null || value === undefined) await area(where).remove(name);
  else await area(where).set({ [name]: value });
}

/** Calls back with the new value (undefined once removed) each time the key changes. */
export function watchKey(key: StorageKey, callback: (value: unknown) => void): () => void {
  const [where, name] = split(key);
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    // A removed key has no newValue (some fakes give null): both read as absent.
    if (name in changes) callback(changes[name]?.newValue ?? undefined);
  };
  area(where).onChanged.addListener(listener);
  return () => area(where).onChanged.removeListener(listener);
}
