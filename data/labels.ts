import type { Equipment, FocusArea, Position, Sides, StretchKind } from './stretch-types';

// Words the popup and options pages show; ids stay technical, labels stay friendly.

export const FOCUS_LABELS: Readonly<Record<FocusArea, string>> = {
  glutes: 'Glutes',
  'hip-flexors': 'Hip flexors',
  hamstrings: 'Hamstrings',
  quads: 'Quads',
  adductors: 'Inner thigh',
  'outer-hip': 'Outer hip',
};

/** One line per focus area for the options page, so people know what they are choosing. */
export const FOCUS_DESCRIPTIONS: Readonly<Record<FocusArea, string>> = {
  glutes: 'The muscles of your seat, which get long and sleepy from sitting.',
  'hip-flexors': 'The front of the hip, kept short by hours in a chair.',
  hamstrings: 'The back of the thigh, from the seat bones to behind the knee.',
  quads: 'The front of the thigh, down to the kneecap.',
  adductors: 'The inside of the thigh, also called the groin.',
  'outer-hip': 'The side of the hip and thigh, down the iliotibial band to the knee.',
};

export const KIND_LABELS: Readonly<Record<StretchKind, string>> = {
  stretch: 'Stretch',
  strengthen: 'Strengthen',
  release: 'Release',
};

export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  chair: 'On a chair',
  standing: 'Standing',
  wall: 'At a wall',
  floor: 'On the floor',
};

export const EQUIPMENT_LABELS: Readonly<Record<Equipment, string>> = {
  none: 'Nothing',
  chair: 'Chair',
  wall: 'Wall',
  band: 'Resistance band',
  'foam-roller': 'Foam roller',
  box: 'Sturdy box or bench',
  weights: 'Weights',
};

export const SIDES_LABELS: Readonly<Record<Sides, string>> = {
  each: 'Each side',
  both: 'Both sides together',
};
