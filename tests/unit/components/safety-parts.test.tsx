import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HealthScreen } from '../../../components/HealthScreen';
import { StretchCard } from '../../../components/StretchCard';
import { hiddenBy } from '../../../core/library-limits';
import { CONDITION_INFO } from '../../../data/conditions';
import type { Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { stretchById } from '../stretch-by-id';

afterEach(cleanup);

function entry(id: string): Stretch {
  const found = stretchById(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

describe('StretchCard on safety', () => {
  it('says who should not do it, marked as general practice', () => {
    const pigeon = entry('pigeon');
    render(<StretchCard stretch={pigeon} dose={pigeon.dose} notice={null} />);
    const line = screen.getByText(/^Not advised with/).textContent ?? '';
    expect(line).toContain('pregnancy');
    expect(line).toContain('a knee replacement');
    expect(line).toContain('general practice');
  });

  it('has no side line on a both-sides entry and no "not advised" line when nothing rules it out', () => {
    const lean = entry('chair-hip-flexor-stretch');
    render(<StretchCard stretch={entry('glute-bridge')} dose={lean.dose} notice={null} />);
    expect(screen.queryByText(/^Right side:/)).toBeNull();
    cleanup();
    render(<StretchCard stretch={lean} dose={lean.dose} notice={null} />);
    expect(screen.queryByText(/^Not advised with/)).toBeNull();
  });

  it('marks the general-practice part of an entry with sources', () => {
    const squeeze = entry('seated-glute-squeeze');
    render(<StretchCard stretch={squeeze} dose={squeeze.dose} notice={null} />);
    expect(screen.getByText(/^Based on:/).textContent).toMatch(
      /Glute Strengthening.*The seated form is general practice\.$/,
    );
  });
});

describe('HealthScreen', () => {
  it('offers every condition and sends the new choice when one is ticked', () => {
    const onChange = vi.fn();
    render(<HealthScreen selected={[]} hidden={[]} total={stretches.length} onChange={onChange} />);
    expect(screen.getByText('No exercise is hidden.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText(new RegExp(CONDITION_INFO['knee-pain'].label)));
    expect(onChange).toHaveBeenCalledWith(['knee-pain']);
  });

  it('lists the hidden entries by name and counts them', () => {
    const hidden = hiddenBy(stretches, ['knee-pain']);
    render(
      <HealthScreen
        selected={['knee-pain']}
        hidden={hidden}
        total={stretches.length}
        onChange={vi.fn()}
      />,
    );
    const list = screen.getByTestId('hidden-entries');
    expect(list.textContent).toContain(`${hidden.length} of ${stretches.length}`);
    for (const e of hidden) expect(list.textContent).toContain(e.name);
    expect(list.textContent).not.toContain('Seated glute squeeze');
  });

  it('says the tags are general practice and names the guidance they follow', () => {
    render(<HealthScreen selected={[]} hidden={[]} total={1} onChange={vi.fn()} />);
    expect(document.body.textContent).toContain('general practice');
    expect(document.body.textContent).toContain('Strong, Steady and Straight');
    expect(document.body.textContent).toContain('never synced');
  });
});
