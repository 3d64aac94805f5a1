import type { Condition, Equipment, Gear, Stretch } from '../data/stretch-types';

// The two limits nothing may loosen: an entry tagged for a condition the user has, or needing
// equipment the user lacks, is never offered, however few entries are left.

/** Whether the entry is tagged as unsuitable for one of these conditions. */
export function ruledOut(entry: Stretch, conditions: ReadonlySet<Condition>): boolean {
  return entry.contraindications.some((tag) => conditions.has(tag));
}

/** Whether the user has everything the entry needs. */
export function equipped(entry: Stretch, owned: ReadonlySet<Gear>): boolean {
  return entry.equipment.every((item: Equipment) => item === 'none' || owned.has(item));
}

/** The entries the conditions hide, in library order: what the safety screen lists. */
export function hiddenBy(library: readonly Stretch[], conditions: readonly Condition[]): Stretch[] {
  const selected = new Set(conditions);
  return library.filter((entry) => ruledOut(entry, selected));
}
