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
