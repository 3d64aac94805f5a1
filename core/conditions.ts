import { CONDITIONS, type Condition } from '../data/stretch-types';
import { type Check, someOf } from './settings/field-checks';

// The safety screen's answers: the health conditions a user ticked. They are kept in
// storage.local only (never synced: health is nobody else's business) and checked here.

/** A list the user sends: known conditions only, each once; none at all is a valid answer. */
export const checkConditions: Check<Condition[]> = someOf(CONDITIONS, 0, 'condition');

/**
 * The stored answers. Unknown items (from a later version) are dropped and the known ones kept,
 * so a damaged list never loses a condition the user did tick; anything not a list is none.
 */
export function parseConditions(raw: unknown): Condition[] {
  return Array.isArray(raw) ? CONDITIONS.filter((condition) => raw.includes(condition)) : [];
}
