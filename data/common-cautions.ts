// Cautions that apply to many entries, worded once so every page says the same thing.

export const PAIN_MEANS_STOP =
  'Sharp or pinching pain means back off at once; a stretch should only ever feel like a pull.';

/** On every static stretch: a held stretch is eased into and kept still. */
export const NO_BOUNCING = 'Ease into the stretch and keep it still: no bouncing.';

export const KNEELING_ON_HARD_FLOOR =
  'Kneeling on a hard floor hurts the kneecap: fold a towel or cushion under the knee, or skip it.';

export const KNEE_TROUBLE =
  'If your knee complains in this position, choose the easier version or leave this one out.';

export const LOWER_BACK_TROUBLE =
  'Keep the twist small if your lower back is sensitive, and stop if it aches rather than stretches.';

export const BALANCE_SUPPORT =
  'Keep a hand on a desk, chair back or wall if your balance is unsteady.';

export const CHAIR_STABLE = 'Use a chair that cannot roll or tip: no wheels, or wheels locked.';

/** On chair stretches done sitting sideways, where a swivel seat would turn away underneath. */
export const SWIVEL_CHAIR =
  'A swivel seat turns when you sit sideways on it: use a chair that does not swivel, or hold the desk.';

export const FORM_BEFORE_LOAD =
  'Stop the set when your form slips; fewer good reps beat more sloppy ones.';

/** On every move that bends a knee under body weight: lunges, step-ups, squats, thrusts. */
export const KNEE_PAIN_UNDER_LOAD =
  'Stop if the knee itself hurts rather than the muscles working; with ongoing knee pain, ask a physiotherapist or doctor before this kind of strength work.';
