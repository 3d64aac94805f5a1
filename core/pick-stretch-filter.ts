import { fitsDesk } from '../data/stretch-fit';
import {
  FOCUS_AREAS,
  type FocusArea,
  KINDS,
  type Stretch,
  type StretchKind,
} from '../data/stretch-types';
import type { Place, Widened } from './pick-stretch-types';

export interface Filters {
  readonly focus: readonly FocusArea[];
  readonly place: Place;
  readonly kinds: readonly StretchKind[];
  readonly excluded: ReadonlySet<string>;
}

/** Entries that fit, the filters that made them fit, and which filter was loosened. */
export interface Fitting {
  readonly entries: readonly Stretch[];
  readonly filters: Filters;
  readonly widened: Widened;
}

// Settings come from storage and may hold values from another version: keep the known ones,
// and read "none chosen" as "all", since an empty choice cannot mean "show nothing".
function known<T extends string>(values: unknown, allowed: readonly T[]): readonly T[] {
  const list = Array.isArray(values) ? values : [];
  const kept = allowed.filter((value) => list.includes(value));
  return kept.length > 0 ? kept : allowed;
}

function strings(values: unknown): ReadonlySet<string> {
  return new Set(Array.isArray(values) ? values.filter((v) => typeof v === 'string') : []);
}

export function normaliseFilters(input: {
  readonly focus?: unknown;
  readonly place?: unknown;
  readonly kinds?: unknown;
  readonly excluded?: unknown;
}): Filters {
  return {
    focus: known(input.focus, FOCUS_AREAS),
    place: input.place === 'anywhere' ? 'anywhere' : 'desk',
    kinds: known(input.kinds, KINDS),
    excluded: strings(input.excluded),
  };
}

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
 * The entries that fit. When none do, loosen one filter at a time in LOOSEN_ORDER; when no
 * single one is enough, loosen them cumulatively and report the broadest one loosened. With a
 * non-empty library the last step lets everything through, so the result is never empty.
 */
export function findFitting(library: readonly Stretch[], filters: Filters): Fitting {
  const attempt = (tried: Filters, widened: Widened): Fitting => ({
    entries: library.filter((entry) => fits(entry, tried)),
    filters: tried,
    widened,
  });
  const exact = attempt(filters, null);
  if (exact.entries.length > 0) return exact;

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
