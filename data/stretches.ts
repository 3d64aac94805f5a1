import { ACTIVATION_EXERCISES } from './exercises-activation';
import { OUTER_HIP_EXERCISES } from './exercises-outer-hip';
import { RELEASE_EXERCISES } from './exercises-release';
import { SEATED_EXERCISES } from './exercises-seated';
import { STRENGTH_EXERCISES } from './exercises-strength';
import { WARM_UP_MOVES } from './exercises-warm-up';
import type { NonEmpty, Stretch } from './stretch-types';
import { GLUTE_STRETCHES } from './stretches-glutes';
import { HAMSTRING_STRETCHES } from './stretches-hamstrings';
import { HIP_FRONT_INNER_STRETCHES } from './stretches-hip-front-inner';
import { OUTER_HIP_STRETCHES } from './stretches-outer-hip';
import { QUAD_STRETCHES } from './stretches-quads';

/** The whole library. Ids are stable and stored by users, so entries are only ever added. */
export const stretches: NonEmpty<Stretch> = [
  ...GLUTE_STRETCHES,
  ...OUTER_HIP_STRETCHES,
  ...HAMSTRING_STRETCHES,
  ...QUAD_STRETCHES,
  ...HIP_FRONT_INNER_STRETCHES,
  ...SEATED_EXERCISES,
  ...OUTER_HIP_EXERCISES,
  ...ACTIVATION_EXERCISES,
  ...STRENGTH_EXERCISES,
  ...RELEASE_EXERCISES,
  ...WARM_UP_MOVES,
];
