import {
  GLUTE_STRENGTHENING,
  GLUTE_STRETCHES_FOR_KNEE_PAIN,
  GLUTE_STRETCHES_FOR_KNEES,
  HIP_STRETCH_PROGRESSIONS,
} from './source-titles';

// Advice the source texts agree on, kept as data so the popup, options and help pages all show
// the same words.

export { SAFETY_LINE } from './safety-line';

export const DEFAULT_HOLD_SECONDS = 30;

/** How often to do strength work, and how long the muscles need in between. */
export const STRENGTH_SCHEDULE = {
  sessionsPerWeek: { min: 2, max: 3 },
  recoveryHours: { min: 48, max: 72 },
} as const;

export interface GuidancePoint {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly source: readonly string[];
}

export const GUIDANCE: readonly GuidancePoint[] = [
  {
    id: 'gentle-never-pain',
    title: 'Gentle, never painful',
    text: 'Aim for a mild pull in the muscle. Pain, pinching or tingling means ease off or stop; muscle effort is fine, joint pain is not.',
    source: [GLUTE_STRETCHES_FOR_KNEE_PAIN, GLUTE_STRENGTHENING],
  },
  {
    id: 'hold-30-seconds',
    title: 'Hold for about 30 seconds',
    text: `Stay in each stretch for around ${DEFAULT_HOLD_SECONDS} seconds on each side. Much shorter gives the muscle too little time to lengthen; far longer can overdo it.`,
    source: [GLUTE_STRETCHES_FOR_KNEES, GLUTE_STRETCHES_FOR_KNEE_PAIN],
  },
  {
    id: 'easier-can-be-better',
    title: 'The easier version is often the right one',
    text: 'If you feel the stretch more clearly in an easier position, stay with that one. Reaching the hardest position is not the goal.',
    source: [HIP_STRETCH_PROGRESSIONS],
  },
  {
    id: 'see-a-professional',
    title: 'When to get help',
    text: 'If pain keeps coming back or gets worse, stop the exercises and see a doctor or physiotherapist. With ongoing knee pain, get advice before starting a new exercise plan.',
    source: [GLUTE_STRETCHES_FOR_KNEE_PAIN, GLUTE_STRENGTHENING],
  },
  {
    id: 'strength-frequency',
    title: 'Strength work two or three times a week',
    text: `Do strengthening on ${STRENGTH_SCHEDULE.sessionsPerWeek.min} to ${STRENGTH_SCHEDULE.sessionsPerWeek.max} days a week with ${STRENGTH_SCHEDULE.recoveryHours.min} to ${STRENGTH_SCHEDULE.recoveryHours.max} hours between sessions.`,
    source: [GLUTE_STRENGTHENING],
  },
  {
    id: 'sets-and-reps',
    title: 'Sets and reps',
    text: 'Wake-up moves such as bridges and clamshells: 2 to 3 sets of 10 to 15. Heavier strength moves: 3 to 4 sets of 6 to 12, with a load that keeps your form clean.',
    source: [GLUTE_STRENGTHENING],
  },
  {
    id: 'form-first',
    title: 'Form before more',
    text: 'Move slowly, keep your back neutral and feel the target muscle working. Add reps, sets or a band only once the movement is easy to control.',
    source: [GLUTE_STRENGTHENING],
  },
  {
    id: 'warm-up-first',
    title: 'Warm up before strength work',
    text: 'Start with moving warm-ups such as leg swings and hip circles, and end with held stretches for your seat, the backs of your thighs and the fronts of your hips.',
    source: [GLUTE_STRENGTHENING],
  },
];
