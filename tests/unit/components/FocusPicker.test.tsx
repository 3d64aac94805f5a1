import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FocusPicker } from '../../../components/FocusPicker';
import { SETTINGS_CHECKS } from '../../../core/settings/settings';
import type { FocusArea } from '../../../data/stretch-types';

afterEach(cleanup);

/** The picker as the options form drives it: every change checked with the settings schema. */
function Harness({
  initial,
  onValid,
}: {
  initial: FocusArea[];
  onValid: (v: FocusArea[]) => void;
}) {
  const [selected, setSelected] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  return (
    <FocusPicker
      selected={selected}
      error={error}
      onChange={(next) => {
        setSelected(next);
        const result = SETTINGS_CHECKS.focus(next);
        setError(result.ok ? undefined : result.error);
        if (result.ok) onValid(result.value);
      }}
    />
  );
}

describe('FocusPicker', () => {
  it('labels every area and selects a group with one click', () => {
    const onValid = vi.fn();
    render(<Harness initial={['glutes']} onValid={onValid} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hips' }));
    expect(onValid).toHaveBeenLastCalledWith(['hip-flexors', 'adductors', 'outer-hip']);
    expect(screen.getByRole('checkbox', { name: /Inner thigh/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: /Glutes/ })).toHaveProperty('checked', false);
    expect(screen.getByRole('button', { name: 'Hips' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Everything' }));
    expect(onValid).toHaveBeenLastCalledWith([
      'glutes',
      'hip-flexors',
      'hamstrings',
      'quads',
      'adductors',
      'outer-hip',
    ]);
  });

  it('says at least one must stay selected, and passes nothing on, when the last is unticked', () => {
    const onValid = vi.fn();
    render(<Harness initial={['quads']} onValid={onValid} />);
    const quads = screen.getByRole('checkbox', { name: /Quads/ });
    fireEvent.click(quads);
    expect(screen.getByRole('alert').textContent).toBe('Select at least one focus area.');
    expect(quads.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('group', { name: 'Focus areas' }).getAttribute('aria-describedby'),
    ).toContain(screen.getByRole('alert').id);
    expect(onValid).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: /Glutes/ }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onValid).toHaveBeenCalledWith(['glutes']);
  });
});
