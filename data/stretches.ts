import { ACTIVATION_EXERCISES } from './exercises-activation';
import { STRENGTH_EXERCISES } from './exercises-strength';
import { WARM_UP_MOVES } from './exercises-warm-up';
import type { NonEmpty, Stretch } from './stretch-types';
import { GLUTE_STRETCHES } from './stretches-glutes';
import { HIP_FRONT_INNER_STRETCHES } from './stretches-hip-front-inner';
import { OUTER_HIP_STRETCHES } from './stretches-outer-hip';
import { THIGH_STRETCHES } from './stretches-thigh';

/** The whole library. Ids are stable and stored by users, so entries are only ever added. */
export const stretches: NonEmpty<Stretch> = [
  ...GLUTE_STRETCHES,
  ...OUTER_HIP_STRETCHES,
  ...THIGH_STRETCHES,
  ...HIP_FRONT_INNER_STRETCHES,
  ...ACTIVATION_EXERCISES,
  ...STRENGTH_EXERCISES,
  ...WARM_UP_MOVES,
];
