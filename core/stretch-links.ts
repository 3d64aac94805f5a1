import type { Condition, Gear, Stretch } from '../data/stretch-types';
import { equipped, ruledOut } from './pick-stretch-limits';

export interface StretchLinks {
  easier: Stretch | null;
  harder: Stretch | null;
}

/**
 * The easier and harder versions of an entry that the user may do: a link is offered only when
 * the linked entry exists and passes the two limits nothing loosens (the safety screen's
 * conditions, the equipment the user has). Apart from library-limits.ts, so the popup carries
 * only this.
 */
export function allowedLinks(
  entry: Pick<Stretch, 'easier' | 'harder'>,
  library: readonly Stretch[],
  conditions: readonly Condition[],
  owned: readonly Gear[],
): StretchLinks {
  const selected = new Set(conditions);
  const have = new Set(owned);
  const find = (id: string | undefined) =>
    library.find(
      (other) => other.id === id && !ruledOut(other, selected) && equipped(other, have),
    ) ?? null;
  return { easier: find(entry.easier), harder: find(entry.harder) };
}
