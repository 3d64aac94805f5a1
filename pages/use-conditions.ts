import { parseConditions } from '../core/conditions';
import type { Condition } from '../data/stretch-types';
import { conditionsItem } from '../platform/storage-items';
import { useCommands } from './use-commands';
import { useStoredGroup } from './use-stored-group';

// A constant, so the group hook subscribes once rather than on every render.
const CONDITIONS_ITEM = { conditions: { item: conditionsItem, parse: parseConditions } };

/**
 * The safety screen's answers as stored on this device (null until first read), and how to
 * change them: the background checks and stores them, and re-picks a stretch they rule out.
 */
export function useConditions() {
  const { loaded, values } = useStoredGroup(CONDITIONS_ITEM);
  const { send, error } = useCommands();
  return {
    conditions: loaded ? values.conditions : null,
    save: (conditions: Condition[]) => send('saveConditions', conditions),
    error,
  };
}
