import type { Stretch } from '../../data/stretch-types';
import { stretches } from '../../data/stretches';

/** The library entry with this id, for tests that name one (the extension itself never looks up by id here). */
export function stretchById(id: string): Stretch | undefined {
  return stretches.find((entry) => entry.id === id);
}
