import type { Condition, Gear, Stretch } from '../data/stretch-types';
import { equipped, ruledOut } from './pick-stretch-limits';

/** Why an entry is kept out of sight: a condition on the safety screen, or missing equipment. */
export type HiddenReason = 'health' | 'equipment';

export interface HiddenEntry {
  entry: Stretch;
  reasons: HiddenReason[];
}

/**
 * The library split by the two limits nothing loosens, as the picker applies them: what the
 * user may do, and what is hidden, each with its reasons, both in library order.
 */
export function splitByLimits(
  library: readonly Stretch[],
  conditions: readonly Condition[],
  owned: readonly Gear[],
): { allowed: Stretch[]; hidden: HiddenEntry[] } {
  const selected = new Set(conditions);
  const have = new Set(owned);
  const allowed: Stretch[] = [];
  const hidden: HiddenEntry[] = [];
  for (const entry of library) {
    const reasons: HiddenReason[] = [];
    if (ruledOut(entry, selected)) reasons.push('health');
    if (!equipped(entry, have)) reasons.push('equipment');
    if (reasons.length === 0) allowed.push(entry);
    else hidden.push({ entry, reasons });
  }
  return { allowed, hidden };
}

/** The entries the conditions hide, in library order: what the safety screen lists. */
export function hiddenBy(library: readonly Stretch[], conditions: readonly Condition[]): Stretch[] {
  const selected = new Set(conditions);
  return library.filter((entry) => ruledOut(entry, selected));
}
