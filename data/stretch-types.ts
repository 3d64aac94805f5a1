// The shape of one entry in the stretch and exercise library. The lists are `as const` so the
// pages can loop over them and the union types stay in step with them.

export const FOCUS_AREAS = [
  'glutes',
  'hip-flexors',
  'hamstrings',
  'quads',
  'adductors',
  'outer-hip',
] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const KINDS = ['stretch', 'strengthen', 'release'] as const;
export type StretchKind = (typeof KINDS)[number];

export const POSITIONS = ['chair', 'standing', 'wall', 'floor'] as const;
export type Position = (typeof POSITIONS)[number];

// Somebody at a desk in office clothes can sit, stand or lean on a wall, but not lie down.
export const DESK_POSITIONS = ['chair', 'standing', 'wall'] as const satisfies readonly Position[];

/** What a user can own or have at hand; each entry needs all of its `equipment`. */
export const GEAR = [
  'chair',
  'desk',
  'wall',
  'box',
  'band',
  'weights',
  'foam-roller',
  'mat',
] as const;
export type Gear = (typeof GEAR)[number];

export const EQUIPMENT = ['none', ...GEAR] as const;
export type Equipment = (typeof EQUIPMENT)[number];

// An office has chairs, desks and walls; bands, rollers, boxes, weights and mats rarely are.
export const DESK_EQUIPMENT = [
  'none',
  'chair',
  'desk',
  'wall',
] as const satisfies readonly Equipment[];

/**
 * Health conditions the safety screen asks about. An entry lists those it is unsuitable for;
 * the tags are written from general practice (see data/conditions.ts), not from the sources.
 */
export const CONDITIONS = [
  'pregnancy',
  'hip-replacement',
  'knee-replacement',
  'recent-surgery',
  'osteoporosis',
  'hip-pain',
  'knee-pain',
  'back-pain',
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** 'each': do it on one side, then the other. 'both': both sides at once. */
export type Sides = 'each' | 'both';

/** Hold still for `seconds`, on each side when the entry has `sides: 'each'`. */
export interface HoldDose {
  readonly type: 'hold';
  readonly seconds: number;
}

/** Sets of repetitions, with a rest between sets. */
export interface RepsDose {
  readonly type: 'reps';
  readonly sets: number;
  readonly reps: number;
  readonly restSeconds: number;
}

/** Keep moving for `seconds` (per side when `sides: 'each'`), e.g. foam rolling. */
export interface TimedDose {
  readonly type: 'timed';
  readonly seconds: number;
}

export type Dose = HoldDose | RepsDose | TimedDose;

export type NonEmpty<T> = readonly [T, ...T[]];

export interface Stretch {
  /** Stable kebab-case id; it is stored in settings and history, so never rename one. */
  readonly id: string;
  readonly name: string;
  readonly kind: StretchKind;
  readonly focus: NonEmpty<FocusArea>;
  readonly muscles: readonly string[];
  readonly position: Position;
  /** What is needed; ['none'] when nothing is. */
  readonly equipment: NonEmpty<Equipment>;
  readonly sides: Sides;
  readonly dose: Dose;
  readonly steps: readonly string[];
  /** What the user should feel, and where. */
  readonly cues: readonly string[];
  /** When to ease off or skip it. */
  readonly cautions: readonly string[];
  /** Id of a gentler version; that entry's `harder` points back here. */
  readonly easier?: string;
  /** Id of a more demanding version; that entry's `easier` points back here. */
  readonly harder?: string;
  /** A moving warm-up rather than a held stretch or a strength set. */
  readonly warmUp?: boolean;
  /** Conditions it is unsuitable for (general practice); [] when none of them rules it out. */
  readonly contraindications: readonly Condition[];
  /** Titles of the source texts the facts come from; [] when written from general practice. */
  readonly source: readonly string[];
  /** Which part is general practice, when an entry takes only some facts from its sources. */
  readonly practiceNote?: string;
}
