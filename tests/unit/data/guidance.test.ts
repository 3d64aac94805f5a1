import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOLD_SECONDS,
  GUIDANCE,
  SAFETY_LINE,
  STRENGTH_SCHEDULE,
} from '../../../data/guidance';
import { SOURCE_TITLES } from '../../../data/source-titles';

describe('general guidance', () => {
  it('gives the popup one short safety line about pain', () => {
    expect(SAFETY_LINE.length).toBeLessThanOrEqual(80);
    expect(SAFETY_LINE).toMatch(/gentl/i);
    expect(SAFETY_LINE).toMatch(/pain/i);
    expect(SAFETY_LINE).toMatch(/stop/i);
  });

  it('covers the points the texts agree on', () => {
    const ids = GUIDANCE.map((point) => point.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'gentle-never-pain',
      'hold-30-seconds',
      'see-a-professional',
      'strength-frequency',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('says hold about 30 seconds and train strength 2-3 times a week, 48-72 hours apart', () => {
    expect(DEFAULT_HOLD_SECONDS).toBe(30);
    expect(STRENGTH_SCHEDULE.sessionsPerWeek).toEqual({ min: 2, max: 3 });
    expect(STRENGTH_SCHEDULE.recoveryHours).toEqual({ min: 48, max: 72 });
    const frequency = GUIDANCE.find((point) => point.id === 'strength-frequency');
    expect(frequency?.text).toContain('48 to 72 hours');
  });

  it('gives every point a title, text and the titles of its sources', () => {
    for (const point of GUIDANCE) {
      expect(point.title.length).toBeGreaterThan(3);
      expect(point.text).toMatch(/^[A-Z].*\.$/);
      expect(point.source.length).toBeGreaterThan(0);
      for (const title of point.source) expect(SOURCE_TITLES).toContain(title);
    }
  });
});
