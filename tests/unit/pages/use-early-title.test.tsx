import { cleanup, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hideEarlyTitle, useEarlyTitle } from '../../../pages/use-early-title';

const slot = () => document.getElementById('early-title') as HTMLElement;

beforeEach(() => {
  // popup.html as the build writes it, opened by the toolbar button at the pick's URL.
  document.body.innerHTML =
    '<main><div id="early-title"><h2 id="s-pigeon">Pigeon</h2><h2 id="s-clamshell">Clamshell</h2></div><div id="app"></div></main>';
  location.hash = '#s-pigeon';
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('the popup’s early copy of the stretch name', () => {
  it('is kept, and labels the card, while the page shows that stretch', () => {
    const { result } = renderHook(() => useEarlyTitle('pigeon', true));
    expect(result.current).toBe('s-pigeon');
    expect(slot().hidden).toBe(false);
  });

  it('gives way to the app’s own heading for another stretch, or none', () => {
    const { result, rerender } = renderHook(({ id }) => useEarlyTitle(id, true), {
      initialProps: { id: 'clamshell' as string | null },
    });
    expect(result.current).toBeNull();
    expect(slot().hidden).toBe(true);
    rerender({ id: null });
    expect(result.current).toBeNull();
    expect(slot().hidden).toBe(true);
  });

  it('is left as it is until the page has loaded what to show', () => {
    renderHook(() => useEarlyTitle(null, false));
    expect(slot().hidden).toBe(false);
  });

  it('is not kept when the fragment names no copy in the page (a development build, a gone entry)', () => {
    location.hash = '#s-gone';
    const { result } = renderHook(() => useEarlyTitle('gone', true));
    expect(result.current).toBeNull();
    expect(slot().hidden).toBe(true);
  });

  it('is hidden for good when the page shows an error instead', () => {
    hideEarlyTitle();
    expect(slot().hidden).toBe(true);
  });
});
