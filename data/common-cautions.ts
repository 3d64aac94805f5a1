// Cautions that apply to many entries, worded once so every page says the same thing.

export const PAIN_MEANS_STOP =
  'Sharp or pinching pain means back off at once; a stretch should only ever feel like a pull.';

export const KNEELING_ON_HARD_FLOOR =
  'Kneeling on a hard floor hurts the kneecap: fold a towel or cushion under the knee, or skip it.';

export const KNEE_TROUBLE =
  'If your knee complains in this position, choose the easier version or leave this one out.';

export const LOWER_BACK_TROUBLE =
  'Keep the twist small if your lower back is sensitive, and stop if it aches rather than stretches.';

export const BALANCE_SUPPORT =
  'Keep a hand on a desk, chair back or wall if your balance is unsteady.';

export const CHAIR_STABLE = 'Use a chair that cannot roll or tip: no wheels, or wheels locked.';

export const FORM_BEFORE_LOAD =
  'Stop the set when your form slips; fewer good reps beat more sloppy ones.';

export const PERSISTENT_KNEE_PAIN =
  'With ongoing knee pain, ask a physiotherapist or doctor before starting strength work.';
