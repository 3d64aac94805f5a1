import { describe, expect, it } from 'vitest';
import { describeDose, formatSeconds } from '../../../data/dose';
import { FOCUS_DESCRIPTIONS } from '../../../data/focus-descriptions';
import { EQUIPMENT_LABELS, FOCUS_LABELS, KIND_LABELS, POSITION_LABELS } from '../../../data/labels';
import { SOURCE_TITLES } from '../../../data/source-titles';
import { describeSources } from '../../../data/sources';
import { fitsDesk } from '../../../data/stretch-fit';
import {
  DESK_POSITIONS,
  EQUIPMENT,
  FOCUS_AREAS,
  KINDS,
  POSITIONS,
} from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';

describe('desk fit', () => {
  it('counts only chair, standing and wall moves without special kit as desk-friendly', () => {
    expect(DESK_POSITIONS).toEqual(['chair', 'standing', 'wall']);
    const byId = (id: string) => stretches.find((e) => e.id === id);
    const desk = ['seated-figure-4', 'standing-quad-stretch', 'squatting-iliotibial-stretch'];
    for (const id of desk) expect(fitsDesk(byId(id) ?? stretches[0]), id).toBe(true);
    const notDesk = ['pigeon', 'banded-side-steps', 'romanian-deadlift', 'foam-roll-outer-quad'];
    for (const id of notDesk) expect(fitsDesk(byId(id) ?? stretches[0]), id).toBe(false);
  });
});

describe('labels', () => {
  it('has a friendly label for every focus area, kind, position and piece of equipment', () => {
    for (const area of FOCUS_AREAS) {
      expect(FOCUS_LABELS[area]).toBeTruthy();
      expect(FOCUS_DESCRIPTIONS[area]).toBeTruthy();
    }
    for (const kind of KINDS) expect(KIND_LABELS[kind]).toBeTruthy();
    for (const position of POSITIONS) expect(POSITION_LABELS[position]).toBeTruthy();
    for (const item of EQUIPMENT) expect(EQUIPMENT_LABELS[item]).toBeTruthy();
  });

  it('calls the adductors the inner thigh and names the outer hip and hip flexors plainly', () => {
    expect(FOCUS_LABELS.adductors).toBe('Inner thigh');
    expect(FOCUS_LABELS['outer-hip']).toBe('Outer hip');
    expect(FOCUS_LABELS['hip-flexors']).toBe('Hip flexors');
  });

  it('lists the five source texts by their titles, never by file name', () => {
    expect(SOURCE_TITLES).toHaveLength(5);
    expect(new Set(SOURCE_TITLES).size).toBe(5);
    for (const title of SOURCE_TITLES) expect(title).not.toMatch(/\.txt$|^\d{3}_/);
  });

  it('says where an entry comes from in words', () => {
    expect(describeSources([SOURCE_TITLES[3]])).toBe(
      'Based on: “Knee Pain: 5 Best Exercises for Knee Pain”.',
    );
    expect(describeSources([])).toBe('Written from general practice, not from the source texts.');
  });
});

describe('doses', () => {
  it('formats durations for people', () => {
    expect(formatSeconds(30)).toBe('30 s');
    expect(formatSeconds(120)).toBe('2 min');
    expect(formatSeconds(90)).toBe('1 min 30 s');
  });

  it('describes each kind of dose in one short line', () => {
    expect(describeDose({ type: 'hold', seconds: 30 }, 'each')).toBe('Hold 30 s, each side');
    expect(describeDose({ type: 'timed', seconds: 120 }, 'each')).toBe('2 min, each side');
    expect(describeDose({ type: 'reps', sets: 2, reps: 12, restSeconds: 30 }, 'both')).toBe(
      '2 sets of 12, rest 30 s',
    );
    expect(describeDose({ type: 'reps', sets: 1, reps: 10, restSeconds: 0 }, 'each')).toBe(
      '10 reps, each side',
    );
  });
});
