import { describe, expect, it } from 'vitest';
import { suggestionFrame } from '../../../core/suggestion-state';

const frame = { stretch: { id: 'pigeon' }, pickedAt: 1_700_000_000_000, filterKey: '[]' };

describe('suggestionFrame', () => {
  it.each<[string, unknown]>([
    ['a stretch named by id', frame],
    ['no stretch (nothing fits)', { ...frame, stretch: null }],
  ])('keeps %s', (_name, raw) => {
    expect(suggestionFrame(raw)).toEqual(raw);
  });

  it.each<[string, unknown]>([
    ['no stretch field', { pickedAt: frame.pickedAt, filterKey: '[]' }],
    ['a stretch that is only its id', { ...frame, stretch: 'pigeon' }],
    ['a stretch without an id', { ...frame, stretch: {} }],
    ['a stretch whose id is no text', { ...frame, stretch: { id: 7 } }],
    ['a pick time as text', { ...frame, pickedAt: '1700000000000' }],
    ['a pick time that is not finite', { ...frame, pickedAt: Number.NaN }],
    ['no filter key', { ...frame, filterKey: undefined }],
    ['a filter key that is no text', { ...frame, filterKey: 3 }],
    ['null', null],
    ['text', 'suggestion'],
  ])('refuses %s', (_name, raw) => {
    expect(suggestionFrame(raw)).toBeNull();
  });
});
