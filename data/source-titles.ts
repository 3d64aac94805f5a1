// The source texts the library's facts come from, cited by their titles so a reader knows what
// each entry is based on. (The texts themselves are not shipped.) Apart from sources.ts, which
// pages that show one entry import without the titles every library entry needs.

/** Glute stretches for knee health: corkscrew, pigeon, crucifix, figure 4 lying and seated. */
export const GLUTE_STRETCHES_FOR_KNEES =
  'Glute stretches for knee health and healthier posterior chain';

/** Glute stretches for knee pain: sit and rotate, pretzel, squatting iliotibial, crossover. */
export const GLUTE_STRETCHES_FOR_KNEE_PAIN = 'Stretching Glutes to Relieve Knee Pain';

/** Hip stretch progressions by muscle group, including the glute minimus side bend. */
export const HIP_STRETCH_PROGRESSIONS =
  'Hip Stretches, to avoid aches and pains in both the upper body and the knees';

/** Five knee exercises: clamshell, single-leg bridge and deadlift, side steps, foam roll. */
export const KNEE_PAIN_EXERCISES = 'Knee Pain: 5 Best Exercises for Knee Pain';

/** Glute strengthening: activation and strength moves, sets, reps and weekly frequency. */
export const GLUTE_STRENGTHENING =
  'Glute Strengthening for Knee Pain: Exercises, Principles, and Integration';

export const SOURCE_TITLES = [
  GLUTE_STRETCHES_FOR_KNEES,
  GLUTE_STRETCHES_FOR_KNEE_PAIN,
  HIP_STRETCH_PROGRESSIONS,
  KNEE_PAIN_EXERCISES,
  GLUTE_STRENGTHENING,
] as const;
