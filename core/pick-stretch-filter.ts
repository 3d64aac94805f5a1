import { fitsDesk } from '../data/stretch-fit';
import {
  CONDITIONS,
  type Condition,
  FOCUS_AREAS,
  type FocusArea,
  GEAR,
  type Gear,
  KINDS,
  type Stretch,
  type StretchKind,
} from '../data/stretch-types';
import { equipped, ruledOut } from './pick-stretch-limits';
import type { Place, Widened } from './pick-stretch-types';

export interface Filters {
  readonly focus: readonly FocusArea[];
  readonly place: Place;
  readonly kinds: readonly StretchKind[];
  readonly excluded: ReadonlySet<string>;
  /** Never loosened: see pick-stretch-limits.ts. */
  readonly conditions: ReadonlySet<Condition>;
  readonly owned: ReadonlySet<Gear>;
}

/**
 * Entries that fit, the filters that made them fit, and which filter was loosened. `entries`
 * is empty only when the conditions and equipment leave nothing at all.
 */
export interface Fitting {
  readonly entries: readonly Stretch[];
  readonly filters: Filters;
  readonly widened: Widened;
}

// Settings come from storage and may hold values from another version: keep the known ones,
// and read "none chosen" as "all", since an empty choice cannot mean "show nothing".
function known<T extends string>(values: unknown, allowed: readonly T[]): readonly T[] {
  // Stryker disable next-line ArrayDeclaration: only allowed values are kept from the list, so any fallback list is none.
  const list = Array.isArray(values) ? values : [];
  const kept = allowed.filter((value) => list.includes(value));
  return kept.length > 0 ? kept : allowed;
}

function strings(values: unknown): ReadonlySet<string> {
  return new Set(Array.isArray(values) ? values.filter((v) => typeof v === 'string') : []);
}

// Unlike focus and kinds, an empty list of equipment is an answer ("none of it"); only a missing
// list (a caller from before the setting existed) means all of it. Conditions: none is none.
function listed<T extends string>(values: unknown, allowed: readonly T[], missing: readonly T[]) {
  return new Set(
    Array.isArray(values) ? allowed.filter((value) => values.includes(value)) : missing,
  );
}

export function normaliseFilters(input: {
  readonly focus?: unknown;
  readonly place?: unknown;
  readonly kinds?: unknown;
  readonly excluded?: unknown;
  readonly conditions?: unknown;
  readonly equipment?: unknown;
}): Filters {
  return {
    focus: known(input.focus, FOCUS_AREAS),
    place: input.place === 'anywhere' ? 'anywhere' : 'desk',
    kinds: known(input.kinds, KINDS),
    excluded: strings(input.excluded),
    conditions: listed(input.conditions, CONDITIONS, []),
    owned: listed(input.equipment, GEAR, GEAR),
  };
}

/** Whether the entry fits the filters the picker may loosen; the limits are checked apart. */
export function fits(entry: Stretch, filters: Filters): boolean {
  return (
    entry.focus.some((area) => filters.focus.includes(area)) &&
    (filters.place === 'anywhere' || fitsDesk(entry)) &&
    filters.kinds.includes(entry.kind) &&
    !filters.excluded.has(entry.id)
  );
}

type Loosenable = Exclude<Widened, null>;

// Loosen the filter the user is least likely to mind first: another kind of move for the same
// area is closer to what they asked for than another area, and a floor move at a desk or a
// stretch they chose to skip are the last resorts.
const LOOSEN_ORDER: readonly Loosenable[] = ['kinds', 'focus', 'place', 'excluded'];

function loosen(filters: Filters, which: Loosenable): Filters {
  switch (which) {
    case 'kinds':
      return { ...filters, kinds: KINDS };
    case 'focus':
      return { ...filters, focus: FOCUS_AREAS };
    case 'place':
      return { ...filters, place: 'anywhere' };
    case 'excluded':
      return { ...filters, excluded: new Set() };
  }
}

function changes(filters: Filters, which: Loosenable): boolean {
  switch (which) {
    case 'kinds':
      return filters.kinds.length < KINDS.length;
    case 'focus':
      return filters.focus.length < FOCUS_AREAS.length;
    case 'place':
      return filters.place !== 'anywhere';
    case 'excluded':
      return filters.excluded.size > 0;
  }
}

/**
 * The entries that fit. Only entries within the limits (conditions, equipment) are considered.
 * When none fit, loosen one filter at a time in LOOSEN_ORDER; when no single one is enough,
 * loosen them cumulatively and report the broadest one loosened. The last step lets every entry
 * within the limits through, so the result is empty only when the limits leave nothing.
 */
export function findFitting(library: readonly Stretch[], filters: Filters): Fitting {
  const allowed = library.filter(
    (entry) => !ruledOut(entry, filters.conditions) && equipped(entry, filters.owned),
  );
  const attempt = (tried: Filters, widened: Widened): Fitting => ({
    entries: allowed.filter((entry) => fits(entry, tried)),
    filters: tried,
    widened,
  });
  const exact = attempt(filters, null);
  if (exact.entries.length > 0 || allowed.length === 0) return exact;

  const useful = LOOSEN_ORDER.filter((which) => changes(filters, which));
  for (const which of useful) {
    const single = attempt(loosen(filters, which), which);
    if (single.entries.length > 0) return single;
  }
  let cumulative = filters;
  let result = exact;
  for (const which of useful) {
    cumulative = loosen(cumulative, which);
    result = attempt(cumulative, which);
    if (result.entries.length > 0) return result;
  }
  return result;
}
