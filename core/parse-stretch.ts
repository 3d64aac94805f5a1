import {
  CONDITIONS,
  type Dose,
  EQUIPMENT,
  FOCUS_AREAS,
  KINDS,
  POSITIONS,
  type Stretch,
} from '../data/stretch-types';
import { isRecord, isWholeNumber } from './is-record';

// A stored copy of a library entry (the suggestion carries one) is checked in every field a page
// reads before it is shown: a value with some valid fields and some broken ones is not an entry.

const text = (value: unknown, max = 2_000) =>
  typeof value === 'string' && value.length > 0 && value.length <= max;
const texts = (value: unknown) =>
  Array.isArray(value) && value.length <= 40 && value.every((item) => text(item));
const oneOf = (options: readonly string[], value: unknown) =>
  typeof value === 'string' && options.includes(value);
const someOf = (options: readonly string[], value: unknown) =>
  Array.isArray(value) && value.length > 0 && value.every((item) => oneOf(options, item));
const count = (value: unknown, min: number, max: number) =>
  isWholeNumber(value) && value >= min && value <= max;
const ID = /^[a-z0-9-]{1,64}$/;
const optionalId = (value: unknown) =>
  value === undefined || (typeof value === 'string' && ID.test(value));
const optionalText = (value: unknown) => value === undefined || text(value);

function isDose(value: unknown): value is Dose {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'hold':
    case 'timed':
      return count(value.seconds, 1, 3_600);
    case 'reps':
      return (
        count(value.sets, 1, 20) && count(value.reps, 1, 200) && count(value.restSeconds, 0, 600)
      );
    default:
      return false;
  }
}

/** A library entry read back from storage, or null when any field a page reads is not right. */
export function parseStretch(raw: unknown): Stretch | null {
  if (!isRecord(raw)) return null;
  const valid =
    typeof raw.id === 'string' &&
    ID.test(raw.id) &&
    text(raw.name, 200) &&
    oneOf(KINDS, raw.kind) &&
    someOf(FOCUS_AREAS, raw.focus) &&
    oneOf(POSITIONS, raw.position) &&
    someOf(EQUIPMENT, raw.equipment) &&
    (raw.sides === 'each' || raw.sides === 'both') &&
    isDose(raw.dose) &&
    texts(raw.steps) &&
    (raw.steps as unknown[]).length > 0 &&
    texts(raw.muscles) &&
    texts(raw.cues) &&
    texts(raw.cautions) &&
    texts(raw.source) &&
    optionalText(raw.practiceNote) &&
    Array.isArray(raw.contraindications) &&
    raw.contraindications.every((tag) => oneOf(CONDITIONS, tag)) &&
    optionalId(raw.easier) &&
    optionalId(raw.harder) &&
    (raw.warmUp === undefined || typeof raw.warmUp === 'boolean');
  return valid ? (raw as unknown as Stretch) : null;
}
