import type {
  Condition,
  Equipment,
  FocusArea,
  Position,
  Sides,
  StretchKind,
} from './stretch-types';

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
  desk: 'Desk or table',
  wall: 'Wall',
  box: 'Step, sturdy box or bench',
  band: 'Resistance band',
  weights: 'Weights',
  'foam-roller': 'Foam roller',
  mat: 'Exercise mat or carpet',
};

/** Short names of the safety screen's conditions, as a card's "not advised with" line lists them. */
export const CONDITION_LABELS: Readonly<Record<Condition, string>> = {
  pregnancy: 'pregnancy',
  'hip-replacement': 'a hip replacement',
  'knee-replacement': 'a knee replacement',
  'recent-surgery': 'recent surgery',
  osteoporosis: 'osteoporosis',
  'hip-pain': 'hip pain',
  'knee-pain': 'knee pain',
  'back-pain': 'back pain',
};

export const SIDES_LABELS: Readonly<Record<Sides, string>> = {
  each: 'Each side',
  both: 'Both sides together',
};
