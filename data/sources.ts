// Names of the source texts the library's facts come from, so entries cite them by meaning
// rather than by an opaque file name typed again and again.

/** Glute stretches for knee health: corkscrew, pigeon, crucifix, figure 4 lying and seated. */
export const GLUTE_STRETCHES_FOR_KNEES = '000_678aa7d78793f935.txt';

/** Glute stretches for knee pain: sit and rotate, pretzel, squatting iliotibial, crossover. */
export const GLUTE_STRETCHES_FOR_KNEE_PAIN = '001_c73b10f8ad5a2121.txt';

/** Hip stretch progressions by muscle group, including the glute minimus side bend. */
export const HIP_STRETCH_PROGRESSIONS = '002_82e1dd197f434581.txt';

/** Five knee exercises: clamshell, single-leg bridge and deadlift, side steps, foam roll. */
export const KNEE_PAIN_EXERCISES = '003_edfe7133781a7881.txt';

/** Glute strengthening: activation and strength moves, sets, reps and weekly frequency. */
export const GLUTE_STRENGTHENING = '004_ba74cae35da8f608.txt';

export const SOURCE_FILES = [
  GLUTE_STRETCHES_FOR_KNEES,
  GLUTE_STRETCHES_FOR_KNEE_PAIN,
  HIP_STRETCH_PROGRESSIONS,
  KNEE_PAIN_EXERCISES,
  GLUTE_STRENGTHENING,
] as const;
