import type { Widened } from './pick-stretch-types';

const SENTENCES: Readonly<Record<Exclude<Widened, null>, string>> = {
  kinds:
    'No stretch fits all your filters, so this one is a different kind of exercise than you chose.',
  focus: 'No stretch fits all your filters, so this one is from outside your focus areas.',
  place: 'No desk-friendly stretch fits your filters, so this one needs a bit of floor space.',
  excluded: 'Everything that fits your filters is on your skip list, so this is one you skipped.',
};

/** A short sentence for the popup explaining a widened pick; '' when nothing was widened. */
export function describeWidened(widened: Widened): string {
  return widened === null ? '' : SENTENCES[widened];
}

/**
 * What the popup says when the health answers and the equipment leave no entry at all: the
 * picker never loosens those two, so it says how the user can.
 */
export const NOTHING_FITS =
  'No stretch in the library suits both your health answers and the equipment you have, so none is offered. To widen the choice, tick more of the equipment you have, or clear a health answer that no longer applies, in Settings.';
