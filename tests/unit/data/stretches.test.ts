import { describe, expect, it } from 'vitest';
import { SOURCE_TITLES } from '../../../data/source-titles';
import { fitsDesk } from '../../../data/stretch-fit';
import { FOCUS_AREAS, type Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { stretchById } from '../stretch-by-id';

const NAMED_IN_THE_TEXTS = [
  'corkscrew',
  'pigeon',
  'crucifix',
  'lying-figure-4',
  'seated-figure-4',
  'seated-hip-internal-rotator',
  'squatting-iliotibial-stretch',
  'lying-crossover',
  'clamshell',
  'single-leg-glute-bridge',
  'single-leg-deadlift',
  'banded-side-steps',
  'foam-roll-outer-quad',
  'glute-bridge',
  'side-lying-leg-raise',
  'hip-thrust',
  'romanian-deadlift',
  'step-up',
  'forward-lunge',
  'reverse-lunge',
  'lateral-lunge',
  'leg-swings-front-back',
  'leg-swings-side',
  'hip-circles',
  'standing-side-bend',
];

const ids = stretches.map((entry) => entry.id);
const isDeskFriendly = fitsDesk;

function textsOf(entry: Stretch): string[] {
  return [entry.name, ...entry.steps, ...entry.cues, ...entry.cautions, ...entry.muscles];
}

describe('the stretch library', () => {
  it('gives every entry a unique kebab-case id and a unique name', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = stretches.map((entry) => entry.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds every stretch and exercise the source texts name', () => {
    for (const id of NAMED_IN_THE_TEXTS) expect(stretchById(id), id).toBeDefined();
  });

  it('links progressions both ways: if A names B as harder, B names A as easier', () => {
    for (const entry of stretches) {
      if (entry.harder !== undefined) {
        expect(entry.harder, entry.id).not.toBe(entry.id);
        expect(stretchById(entry.harder)?.easier, entry.id).toBe(entry.id);
      }
      if (entry.easier !== undefined) {
        expect(entry.easier, entry.id).not.toBe(entry.id);
        expect(stretchById(entry.easier)?.harder, entry.id).toBe(entry.id);
      }
    }
  });

  it.each(FOCUS_AREAS)('offers at least three desk-friendly stretches for %s', (area) => {
    const atDesk = stretches.filter((e) => e.focus.includes(area) && isDeskFriendly(e));
    expect(atDesk.length).toBeGreaterThanOrEqual(3);
    // The default settings are "desk" and "stretch", so those alone must give three as well.
    expect(atDesk.filter((e) => e.kind === 'stretch').length).toBeGreaterThanOrEqual(3);
  });

  it.each(FOCUS_AREAS)('has an easier and a harder stretch for %s', (area) => {
    const held = stretches.filter((e) => e.kind === 'stretch' && e.focus.includes(area));
    expect(held.some((e) => e.harder !== undefined)).toBe(true);
    expect(held.some((e) => e.easier !== undefined)).toBe(true);
  });

  it('keeps every dose in a sensible range', () => {
    for (const { id, dose } of stretches) {
      if (dose.type === 'hold') {
        expect(dose.seconds, id).toBeGreaterThanOrEqual(15);
        expect(dose.seconds, id).toBeLessThanOrEqual(90);
      } else if (dose.type === 'reps') {
        expect(dose.sets, id).toBeGreaterThanOrEqual(1);
        expect(dose.sets, id).toBeLessThanOrEqual(5);
        expect(dose.reps, id).toBeGreaterThanOrEqual(5);
        expect(dose.reps, id).toBeLessThanOrEqual(20);
        expect(dose.restSeconds, id).toBeGreaterThanOrEqual(0);
        expect(dose.restSeconds, id).toBeLessThanOrEqual(120);
      } else {
        expect(dose.seconds, id).toBeGreaterThanOrEqual(30);
        expect(dose.seconds, id).toBeLessThanOrEqual(180);
      }
    }
  });

  it('holds static stretches for the 30 seconds the texts agree on', () => {
    const held = stretches.filter((e) => e.dose.type === 'hold');
    expect(held.length).toBeGreaterThan(0);
    for (const entry of held) expect(entry.dose, entry.id).toEqual({ type: 'hold', seconds: 30 });
  });

  it('has steps, cues and cautions for every entry, with no blank lines', () => {
    for (const entry of stretches) {
      expect(entry.steps.length, entry.id).toBeGreaterThanOrEqual(2);
      expect(entry.cues.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(entry.cautions.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(entry.muscles.length, entry.id).toBeGreaterThanOrEqual(1);
      for (const text of textsOf(entry)) {
        expect(text.trim(), entry.id).toBe(text);
        expect(text.length, entry.id).toBeGreaterThan(2);
      }
      for (const line of [...entry.steps, ...entry.cues, ...entry.cautions]) {
        expect(line, entry.id).toMatch(/^[A-Z].*[.!?]$/);
      }
    }
  });

  it('keeps focus areas, equipment and position consistent', () => {
    for (const entry of stretches) {
      expect(new Set(entry.focus).size, entry.id).toBe(entry.focus.length);
      expect(new Set(entry.equipment).size, entry.id).toBe(entry.equipment.length);
      if (entry.equipment.includes('none')) expect(entry.equipment, entry.id).toEqual(['none']);
      if (entry.position === 'chair') expect(entry.equipment, entry.id).toContain('chair');
      if (entry.position === 'wall') expect(entry.equipment, entry.id).toContain('wall');
    }
  });

  it('cites sources by their titles, or [] when written from general practice', () => {
    for (const entry of stretches) {
      for (const title of entry.source) expect(SOURCE_TITLES, entry.id).toContain(title);
      expect(new Set(entry.source).size, entry.id).toBe(entry.source.length);
    }
    for (const id of NAMED_IN_THE_TEXTS)
      expect(stretchById(id)?.source.length, id).toBeGreaterThan(0);
  });

  it('marks the named warm-up moves as warm-ups done in reps', () => {
    for (const id of ['leg-swings-front-back', 'leg-swings-side', 'hip-circles']) {
      const entry = stretchById(id);
      expect(entry?.warmUp, id).toBe(true);
      expect(entry?.dose.type, id).toBe('reps');
    }
  });

  it('gives foam rolling about two minutes a side', () => {
    expect(stretchById('foam-roll-outer-quad')?.dose).toEqual({ type: 'timed', seconds: 120 });
    expect(stretchById('foam-roll-outer-quad')?.sides).toBe('each');
  });

  it('doses activation moves at 2-3 x 10-15 and strength moves at 3-4 x 6-12', () => {
    const activation = ['clamshell', 'side-lying-leg-raise', 'glute-bridge', 'banded-side-steps'];
    const strength = [
      'hip-thrust',
      'romanian-deadlift',
      'step-up',
      'forward-lunge',
      'reverse-lunge',
    ];
    for (const id of activation) {
      const dose = stretchById(id)?.dose;
      expect(dose?.type === 'reps' && dose.sets >= 2 && dose.sets <= 3, id).toBe(true);
      expect(dose?.type === 'reps' && dose.reps >= 10 && dose.reps <= 15, id).toBe(true);
    }
    for (const id of strength) {
      const dose = stretchById(id)?.dose;
      expect(dose?.type === 'reps' && dose.sets >= 3 && dose.sets <= 4, id).toBe(true);
      expect(dose?.type === 'reps' && dose.reps >= 6 && dose.reps <= 12, id).toBe(true);
    }
  });

  it('warns about kneeling on a hard floor wherever a stretch kneels', () => {
    const kneeling = stretches.filter((e) => e.steps.some((s) => /\bkneel/i.test(s)));
    expect(kneeling.length).toBeGreaterThan(0);
    for (const entry of kneeling) {
      expect(
        entry.cautions.some((c) => /kneel/i.test(c)),
        entry.id,
      ).toBe(true);
    }
  });
});
