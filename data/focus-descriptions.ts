import type { FocusArea } from './stretch-types';

/** One line per focus area for the options page, so people know what they are choosing. */
export const FOCUS_DESCRIPTIONS: Readonly<Record<FocusArea, string>> = {
  glutes: 'The muscles of your seat, which long sitting leaves tight and often weak.',
  'hip-flexors': 'The front of the hip, kept short by hours in a chair.',
  hamstrings: 'The back of the thigh, from the seat bones to behind the knee.',
  quads: 'The front of the thigh, down to the kneecap.',
  adductors: 'The inside of the thigh, also called the groin.',
  'outer-hip': 'The side of the hip and thigh, down the iliotibial band to the knee.',
};
