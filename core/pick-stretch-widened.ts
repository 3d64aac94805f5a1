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
