import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HiddenEntries } from '../../../components/HiddenEntries';
import { PinHint } from '../../../components/PinHint';
import { SuggestionChoices } from '../../../components/SuggestionChoices';
import { splitByLimits } from '../../../core/library-limits';
import { stretches } from '../../../data/stretches';
import { stretchById } from '../stretch-by-id';

afterEach(cleanup);

describe('the pin hint', () => {
  it('shows how to pin only when the browser says the button is not pinned', () => {
    const { rerender } = render(<PinHint pinned={false} />);
    expect(screen.getByRole('heading', { name: 'Pin the button to your toolbar' })).toBeTruthy();
    rerender(<PinHint pinned={true} />);
    expect(screen.queryByRole('heading')).toBeNull();
    rerender(<PinHint pinned={null} />);
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('the suggestion card choices', () => {
  it('offers Easier and Harder by name only when given, and Another one always', () => {
    const onChoose = vi.fn();
    const onAnother = vi.fn();
    const seated = stretchById('seated-figure-4') ?? null;
    const { rerender } = render(
      <SuggestionChoices easier={seated} harder={null} onChoose={onChoose} onAnother={onAnother} />,
    );
    fireEvent.click(screen.getByRole('button', { name: `Easier: ${seated?.name}` }));
    expect(onChoose).toHaveBeenCalledWith('seated-figure-4');
    expect(screen.queryByRole('button', { name: /^Harder/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Another one' }));
    expect(onAnother).toHaveBeenCalledTimes(1);
    rerender(
      <SuggestionChoices easier={null} harder={null} onChoose={onChoose} onAnother={onAnother} />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Another one']);
  });
});

describe('the hidden entries note', () => {
  it('says how many are hidden, by what, and lists each with why', () => {
    const { hidden } = splitByLimits(stretches, ['pregnancy'], ['chair', 'desk', 'wall']);
    render(<HiddenEntries hidden={hidden} settingsHref="/options.html#health" />);
    expect(
      screen.getByRole('heading', { name: `${hidden.length} exercises are hidden` }),
    ).toBeTruthy();
    const health = hidden.filter((h) => h.reasons.includes('health')).length;
    expect(screen.getByText(new RegExp(`${health} by your health answers`))).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(hidden.length);
    expect(screen.getByRole('link', { name: /Change your answers/ })).toBeTruthy();
  });

  it('says nothing when nothing is hidden', () => {
    const { container } = render(<HiddenEntries hidden={[]} settingsHref="/options.html" />);
    expect(container.textContent).toBe('');
  });
});
