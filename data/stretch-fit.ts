import {
  DESK_EQUIPMENT,
  DESK_POSITIONS,
  type Equipment,
  type Position,
  type Stretch,
} from './stretch-types';

// Predicates on one entry, kept apart from the lookups so code that only filters entries (the
// picker) does not pull the whole library into its bundle.

const deskPositions: ReadonlySet<Position> = new Set(DESK_POSITIONS);
const deskEquipment: ReadonlySet<Equipment> = new Set(DESK_EQUIPMENT);

/**
 * Whether someone can do it at a desk: sitting, standing or at a wall, and with nothing more
 * than a chair or wall, since bands, rollers and weights are rarely at hand in an office.
 */
export function fitsDesk(entry: Stretch): boolean {
  return deskPositions.has(entry.position) && entry.equipment.every((e) => deskEquipment.has(e));
}
