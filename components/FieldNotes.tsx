/** The ids a control's aria-describedby should list: the error first, when there is one. */
export function describedBy(id: string, error: string | undefined | null): string {
  return error ? `${id}-error ${id}-hint` : `${id}-hint`;
}

interface FieldNotesProps {
  id: string;
  hint: string;
  error?: string | undefined | null;
}

/** A field's hint, and its error right below it, with the ids `describedBy` points at. */
export function FieldNotes({ id, hint, error }: FieldNotesProps) {
  return (
    <>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
