import { describeSyncError } from '../core/settings/sync-error-text';
import { syncErrorItem } from '../platform/storage-items';
import { useStoredGroup } from './use-stored-group';

// A constant, so the group hook subscribes once rather than on every render.
const SYNC_ERROR_ITEM = {
  reason: { item: syncErrorItem, parse: (raw: unknown) => syncErrorItem.parse(raw, 0) },
};

/** Why the last write of the settings to storage.sync failed, in words, while it is retried; else null. */
export function useSyncError() {
  const { values } = useStoredGroup(SYNC_ERROR_ITEM);
  return values.reason === null ? null : describeSyncError(values.reason);
}
