import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkingHoursEditor } from '../../../components/WorkingHoursEditor';
import type { WorkingHours } from '../../../core/settings/defaults';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';

afterEach(cleanup);

function Harness({ onChange }: { onChange: (value: WorkingHours) => void }) {
  const [value, setValue] = useState(structuredClone(DEFAULT_SETTINGS.workingHours));
  return (
    <WorkingHoursEditor
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('WorkingHoursEditor', () => {
  it('shows seven days, Monday first, once switched on', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.queryByLabelText('Monday start')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Only remind me during working hours' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ enabled: true }));
    const days = within(screen.getByRole('group', { name: 'Working days and hours' }))
      .getAllByRole('checkbox')
      .map((box) => box.parentElement?.textContent);
    expect(days).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Saturday' })).toHaveProperty('checked', false);
  });

  it('puts the same-start-and-end message next to that day and marks its times invalid', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Only remind me during working hours' }));
    const end = screen.getByLabelText('Monday end');
    fireEvent.input(end, { target: { value: '09:00' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      'Monday: The end must differ from the start (22:00 to 06:00 runs past midnight).',
    );
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(end.getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.getByLabelText('Tuesday end').getAttribute('aria-invalid')).toBeNull();
    // Sunday first in storage: Monday is day 1.
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        days: expect.arrayContaining([{ on: true, start: '09:00', end: '09:00' }]),
      }),
    );
    expect(onChange.mock.lastCall?.[0].days[1].end).toBe('09:00');
  });

  it('says when a day ends after midnight, and ties the note to its times', () => {
    render(<Harness onChange={vi.fn()} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Only remind me during working hours' }));
    fireEvent.input(screen.getByLabelText('Monday start'), { target: { value: '22:00' } });
    const end = screen.getByLabelText('Monday end');
    fireEvent.input(end, { target: { value: '06:00' } });
    expect(screen.queryByRole('alert')).toBeNull();
    const note = screen.getByText('Ends the next morning at 06:00.');
    expect(end.getAttribute('aria-describedby')).toBe(note.id);
    expect(end.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the whole setting’s message when no single day is at fault', () => {
    const value = {
      enabled: true,
      days: DEFAULT_SETTINGS.workingHours.days.map((d) => ({ ...d, on: false })),
    };
    render(
      <WorkingHoursEditor
        value={value}
        error="Turn on at least one working day."
        onChange={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Turn on at least one working day.');
  });
});
