import { describe, expect, it } from 'vitest';
import { parseStretch } from '../../../core/parse-stretch';
import { stretches } from '../../../data/stretches';

type Raw = Record<string, unknown>;
const entry = (changes: Raw = {}): Raw => ({
  ...(structuredClone(stretches[0]) as unknown as Raw),
  ...changes,
});
const accepted = (raw: unknown) => parseStretch(raw) !== null;

describe('parseStretch at the limits of each field', () => {
  it.each([
    ['an id of 64 characters', { id: 'a'.repeat(64) }],
    ['a name of 200 characters', { name: 'n'.repeat(200) }],
    ['a step of 2,000 characters', { steps: ['s'.repeat(2_000)] }],
    ['40 cues', { cues: Array.from({ length: 40 }, () => 'Feel it.') }],
    ['no muscles, cues, cautions or sources', { muscles: [], cues: [], cautions: [], source: [] }],
    ['a one-second hold', { dose: { type: 'hold', seconds: 1 } }],
    ['an hour of rolling', { dose: { type: 'timed', seconds: 3_600 } }],
    ['the most reps', { dose: { type: 'reps', sets: 20, reps: 200, restSeconds: 600 } }],
    ['reps without rest', { dose: { type: 'reps', sets: 1, reps: 1, restSeconds: 0 } }],
    ['both sides at once', { sides: 'both' }],
    ['links to easier and harder versions', { easier: 'easy-one', harder: 'hard-one' }],
    ['a warm-up', { warmUp: true }],
    ['no warm-up flag', { warmUp: undefined }],
  ])('accepts %s', (_, changes) => {
    expect(accepted(entry(changes))).toBe(true);
  });

  it.each([
    ['an id of 65 characters', { id: 'a'.repeat(65) }],
    ['an id that is no string', { id: 42 }],
    ['an id with a capital', { id: 'Figure-four' }],
    ['an empty name', { name: '' }],
    ['a name of 201 characters', { name: 'n'.repeat(201) }],
    ['a step of 2,001 characters', { steps: ['s'.repeat(2_001)] }],
    ['an empty step', { steps: [''] }],
    ['41 cues', { cues: Array.from({ length: 41 }, () => 'Feel it.') }],
    ['muscles that are no list', { muscles: 'glutes' }],
    ['a source that is not text', { source: [1] }],
    ['an unknown piece of equipment', { equipment: ['trampoline'] }],
    ['a hold of zero seconds', { dose: { type: 'hold', seconds: 0 } }],
    ['a hold of more than an hour', { dose: { type: 'hold', seconds: 3_601 } }],
    ['a hold of a fractional second', { dose: { type: 'hold', seconds: 1.5 } }],
    ['a timed dose as text', { dose: { type: 'timed', seconds: '60' } }],
    ['21 sets', { dose: { type: 'reps', sets: 21, reps: 10, restSeconds: 30 } }],
    ['no sets', { dose: { type: 'reps', sets: 0, reps: 10, restSeconds: 30 } }],
    ['201 reps', { dose: { type: 'reps', sets: 2, reps: 201, restSeconds: 30 } }],
    ['no reps', { dose: { type: 'reps', sets: 2, reps: 0, restSeconds: 30 } }],
    ['a rest over ten minutes', { dose: { type: 'reps', sets: 2, reps: 5, restSeconds: 601 } }],
    ['a negative rest', { dose: { type: 'reps', sets: 2, reps: 5, restSeconds: -1 } }],
    ['an unknown dose type', { dose: { type: 'distance', seconds: 30 } }],
    ['a dose that is a list', { dose: [30] }],
    ['a harder link with a space', { harder: 'hard one' }],
    ['a warm-up flag as text', { warmUp: 'yes' }],
  ])('refuses %s', (_, changes) => {
    expect(accepted(entry(changes))).toBe(false);
  });

  it.each([null, undefined, 'figure-four', 7, [entry()]])('refuses %j as an entry', (raw) => {
    expect(accepted(raw)).toBe(false);
  });
});
