import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTHING_FITS } from '../../../core/pick-stretch-widened';
import { SAFETY_LINE } from '../../../data/safety-line';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { stretchById } from '../stretch-by-id';

// The popup as it renders what the background stored; no background answers here, so a message
// it sends fails quietly into its error line, which these tests do not look at.
const suggestion = (stretch: unknown) => ({
  stretch,
  widened: null,
  pickedAt: Date.now(),
  filterKey: '[]',
  deck: { key: '0:0', remaining: [], last: null },
  recent: [],
});

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the popup on safety', () => {
  it('says nothing fits and how to widen the choice, and offers no stretch to start', async () => {
    await fakeBrowser.storage.local.set({ suggestion: suggestion(null) });
    render(<PopupApp />);
    const notice = await screen.findByTestId('nothing-fits');
    expect(notice.textContent).toContain(NOTHING_FITS);
    expect(screen.getByRole('link', { name: 'Open the settings' }).getAttribute('href')).toBe(
      '/options.html#health',
    );
    expect(screen.queryByRole('button', { name: 'Start stretch' })).toBeNull();
    expect(screen.getByText(SAFETY_LINE)).toBeTruthy();
  });

  it('shows the standing rule beside the stretch and during its countdown', async () => {
    const stretch = stretchById('pigeon');
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      suggestion: suggestion(stretch),
      'guided-session': {
        stretchId: 'pigeon',
        strengthening: false,
        plan: [{ kind: 'hold', side: 1, seconds: 30 }],
        startedAt: now,
        phaseIndex: 0,
        phaseStartedAt: now,
        pausedAt: null,
        finishedAt: null,
      },
    });
    render(<PopupApp />);
    await screen.findByTestId('phase-title');
    expect(screen.getByText(SAFETY_LINE)).toBeTruthy();
    expect(screen.queryByTestId('nothing-fits')).toBeNull();
  });
});
