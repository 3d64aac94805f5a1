import type { Condition, Equipment, Gear, Stretch } from '../data/stretch-types';

// The two limits nothing may loosen: an entry tagged for a condition the user has, or needing
// equipment the user lacks, is never offered, however few entries are left. What the pages make
// of them (lists of what they hide) is in library-limits.ts, which the popup does without.

/** Whether the entry is tagged as unsuitable for one of these conditions. */
export function ruledOut(entry: Stretch, conditions: ReadonlySet<Condition>): boolean {
  return entry.contraindications.some((tag) => conditions.has(tag));
}

/** Whether the user has everything the entry needs. */
export function equipped(entry: Stretch, owned: ReadonlySet<Gear>): boolean {
  return entry.equipment.every((item: Equipment) => item === 'none' || owned.has(item));
}
