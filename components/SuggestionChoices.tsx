import type { Stretch } from '../data/stretch-types';

interface SuggestionChoicesProps {
  easier: Stretch | null;
  harder: Stretch | null;
  onAnother: () => void;
  onChoose: (id: string) => void;
}

/**
 * The suggestion card's other choices: an easier or a harder version (only when the entry has
 * one the user may do), or another stretch altogether. The buttons name the version they bring.
 */
export function SuggestionChoices({ easier, harder, onAnother, onChoose }: SuggestionChoicesProps) {
  return (
    <>
      {easier && (
        <button
          type="button"
          onClick={() => onChoose(easier.id)}
          aria-label={`Easier: ${easier.name}`}
        >
          Easier
        </button>
      )}
      {harder && (
        <button
          type="button"
          onClick={() => onChoose(harder.id)}
          aria-label={`Harder: ${harder.name}`}
        >
          Harder
        </button>
      )}
      <button type="button" onClick={onAnother} aria-keyshortcuts="N">
        Another one
      </button>
    </>
  );
}
