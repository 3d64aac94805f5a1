import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type SaveStatus, SaveStatusLine } from '../../../components/SaveStatusLine';

afterEach(cleanup);

describe('SaveStatusLine', () => {
  it.each<[SaveStatus, number, string]>([
    [{ state: 'idle' }, 0, ''],
    [{ state: 'saving' }, 0, 'Saving…'],
    [{ state: 'saved' }, 0, 'All changes saved.'],
    [
      { state: 'saved' },
      1,
      'Other changes saved. 1 field needs fixing and is not saved until then.',
    ],
    [
      { state: 'saved' },
      3,
      'Other changes saved. 3 fields need fixing and are not saved until then.',
    ],
    [{ state: 'idle' }, 2, '2 fields need fixing and are not saved until then.'],
    [{ state: 'saving' }, 2, 'Saving…'],
  ])('%j with %i invalid fields says %j', (status, invalid, text) => {
    render(<SaveStatusLine status={status} invalid={invalid} />);
    expect(screen.getByRole('status').textContent).toBe(text);
  });

  it('says a failed write out loud, whatever else is invalid', () => {
    render(<SaveStatusLine status={{ state: 'failed', message: 'Disk full.' }} invalid={2} />);
    expect(screen.getByRole('alert').textContent).toBe('Disk full.');
  });
});
