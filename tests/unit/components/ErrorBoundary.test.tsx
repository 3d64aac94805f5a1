import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../components/ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('stretch.equipment is undefined');
  return <p>The stretch</p>;
}

describe('ErrorBoundary', () => {
  it('says what went wrong, and resetting brings the page back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const onReset = vi.fn(async () => {
      broken = false;
    });
    render(
      <ErrorBoundary
        resetLabel="Start over with a new stretch"
        kept="Your settings and your history are kept whatever you choose here."
        onReset={onReset}
      >
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('stretch.equipment is undefined');
    expect(screen.getByRole('alert').textContent).toContain(
      'Your settings and your history are kept',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start over with a new stretch' }));
    await waitFor(() => expect(screen.getByText('The stretch')).toBeTruthy());
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('says so when the reset fails too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <ErrorBoundary
        resetLabel="Reset"
        kept="Your history is kept."
        onReset={async () => {
          throw new Error('no answer');
        }}
      >
        <Fragile />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(screen.getByText(/That did not work either/)).toBeTruthy());
  });
});
