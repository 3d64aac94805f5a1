import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncErrorNote } from '../../../components/SyncErrorNote';
import { useSyncError } from '../../../pages/use-sync-error';

function SaveBar() {
  return <SyncErrorNote text={useSyncError()} />;
}
const NOTE = 'Not synced to your other browsers yet';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the options page note on settings not yet synced', () => {
  it('appears while a sync error is stored, in words, and goes when a later sync succeeds', async () => {
    render(<SaveBar />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    // Let the page's first read of storage finish, as it has long before a sync fails.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await act(() =>
      fakeBrowser.storage.local.set({
        'settings-sync-error': 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
      }),
    );
    await waitFor(() => expect(screen.getByRole('status', { name: NOTE })).toBeTruthy());
    expect(status.textContent).toContain('nothing is lost');
    expect(status.textContent).toContain('too many changes in a short while');
    expect(status.textContent).toContain('Browser message: This request exceeds');
    // The background clears the error once a write to storage.sync has gone through.
    await act(() => fakeBrowser.storage.local.set({ 'settings-sync-error': null }));
    await waitFor(() => expect(status.textContent).toBe(''));
    expect(screen.queryByRole('status', { name: NOTE })).toBeNull();
  });

  it('shows an error stored before the page opened', async () => {
    await fakeBrowser.storage.local.set({ 'settings-sync-error': 'offline' });
    render(<SaveBar />);
    await waitFor(() => expect(screen.getByRole('status', { name: NOTE })).toBeTruthy());
  });
});
