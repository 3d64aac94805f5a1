import type {
  Condition,
  FocusArea,
  Gear,
  NonEmpty,
  Stretch,
  StretchKind,
} from '../data/stretch-types';

/** 'desk': only what can be done sitting, standing or at a wall with no kit; 'anywhere': all. */
export type Place = 'desk' | 'anywhere';

/** Which filter had to be loosened because nothing fitted them all; null when none was. */
export type Widened = null | 'focus' | 'place' | 'kinds' | 'excluded';

/**
 * The shuffled round the picker works through, saved between picks. Plain JSON so it can go
 * straight into extension storage; anything read back is checked before use.
 */
export interface DeckState {
  /** Identifies the set of entries the round was shuffled from; a new set starts a new round. */
  readonly key: string;
  /** Ids still to come in this round, in order. */
  readonly remaining: readonly string[];
  /** The id picked last, so a new round never starts with it. */
  readonly last: string | null;
}

export interface PickInput {
  /** Non-empty: the picker always has something to return. */
  readonly library: NonEmpty<Stretch>;
  /** Areas the user wants to work on; empty means all of them. */
  readonly focus: readonly FocusArea[];
  readonly place: Place;
  /** Kinds the user wants; empty means all of them. */
  readonly kinds: readonly StretchKind[];
  readonly excluded?: readonly string[];
  readonly favourites?: readonly string[];
  /** The safety screen's answers: entries tagged for any of them are never offered. */
  readonly conditions?: readonly Condition[];
  /** What the user has: entries needing anything else are never offered. Missing means all. */
  readonly equipment?: readonly Gear[];
  /** The deck returned by the previous pick, straight from storage; may be missing or garbage. */
  readonly deck?: unknown;
  /** Stretches taken per area in the last 14 days (core/progress/balance.ts); may be missing. */
  readonly done?: Partial<Readonly<Record<FocusArea, number>>>;
  /** Returns a number in [0, 1); injected so picks are reproducible in tests. */
  readonly random: () => number;
}

export interface PickResult {
  /** Null when the conditions and equipment leave no entry at all. */
  readonly stretch: Stretch | null;
  readonly deck: DeckState;
  readonly widened: Widened;
}
