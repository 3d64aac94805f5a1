import { describe, expect, it } from 'vitest';
import { earlyNameId, popupPath } from '../../../core/popup-path';

describe('the path the toolbar popup opens', () => {
  it('names the stretch on offer in its fragment, as the id of its early name', () => {
    expect(popupPath('pigeon')).toBe('popup.html#s-pigeon');
    expect(earlyNameId('pigeon')).toBe('s-pigeon');
  });

  it('is the bare page when no stretch is on offer', () => {
    expect(popupPath(null)).toBe('popup.html');
    expect(popupPath(undefined)).toBe('popup.html');
    expect(popupPath('')).toBe('popup.html');
  });
});
