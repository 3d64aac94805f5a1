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

export const EQUIPMENT = [
  'none',
  'chair',
  'wall',
  'band',
  'foam-roller',
  'box',
  'weights',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

// A desk has a chair and usually a wall nearby; bands, rollers, boxes and weights rarely are.
export const DESK_EQUIPMENT = ['none', 'chair', 'wall'] as const satisfies readonly Equipment[];

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
  /** Seed text file names the facts come from; [] when written from general practice. */
  readonly source: readonly string[];
}
