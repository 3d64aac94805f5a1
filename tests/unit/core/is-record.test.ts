import { describe, expect, it } from 'vitest';
import { isRecord } from '../../../core/is-record';

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [Object.create(null), true],
    [null, false],
    [undefined, false],
    [[], false],
    [[1, 2], false],
    ['text', false],
    [42, false],
    [true, false],
  ])('isRecord(%j) is %s', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});
