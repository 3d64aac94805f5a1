import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryList } from '../../../components/LibraryList';
import { stretches } from '../../../data/stretches';

afterEach(cleanup);

const names = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

function renderList(marks: { excluded?: string[]; favourites?: string[] } = {}) {
  const onExcludedChange = vi.fn();
  const onFavouritesChange = vi.fn();
  render(
    <LibraryList
      entries={stretches}
      excluded={marks.excluded ?? []}
      favourites={marks.favourites ?? []}
      onExcludedChange={onExcludedChange}
      onFavouritesChange={onFavouritesChange}
    />,
  );
  return { onExcludedChange, onFavouritesChange };
}

describe('LibraryList', () => {
  it('lists every entry with its focus, position and kind', () => {
    renderList();
    expect(names()).toHaveLength(stretches.length);
    expect(screen.getByRole('status').textContent).toBe(
      `Showing ${stretches.length} of ${stretches.length}`,
    );
    const about = screen.getByRole('list', { name: 'About Pigeon' });
    expect(about.textContent).toContain('Glutes');
    expect(about.textContent).toContain('On the floor');
    expect(about.textContent).toContain('Stretch');
  });

  it('filters by focus, position, kind and text together', () => {
    renderList();
    fireEvent.change(screen.getByLabelText('Focus'), { target: { value: 'adductors' } });
    fireEvent.change(screen.getByLabelText('Position'), { target: { value: 'floor' } });
    expect(names()).toEqual(['Butterfly', 'Wide-leg seated stretch']);
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'BUTTER' } });
    expect(names()).toEqual(['Butterfly']);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'strengthen' } });
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(screen.getByText('Nothing matches these filters.')).toBeTruthy();
  });

  it('switches an entry off and marks one as a favourite, by name', () => {
    const { onExcludedChange, onFavouritesChange } = renderList({ excluded: ['pigeon'] });
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Switch off Seated figure 4 on a chair' }),
    );
    expect(onExcludedChange).toHaveBeenCalledWith(['pigeon', 'seated-figure-4']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Switch off Pigeon' }));
    expect(onExcludedChange).toHaveBeenLastCalledWith([]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Favourite Pigeon' }));
    expect(onFavouritesChange).toHaveBeenCalledWith(['pigeon']);
  });

  it('shows only the entries switched off, or only the favourites', () => {
    renderList({ excluded: ['pigeon', 'crucifix'], favourites: ['clamshell'] });
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'off' } });
    expect(names()).toEqual(['Pigeon (switched off)', 'Crucifix (switched off)']);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'favourites' } });
    expect(names()).toEqual(['Clamshell']);
  });
});
