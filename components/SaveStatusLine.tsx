/** Where the options form's last save stands. */
export type SaveStatus =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'failed'; message: string };

/** What the line says about fields held back by an error, or '' when there are none. */
function heldBack(invalid: number): string {
  if (invalid === 0) return '';
  return invalid === 1
    ? '1 field needs fixing and is not saved until then.'
    : `${invalid} fields need fixing and are not saved until then.`;
}

/**
 * Says politely whether the last change was saved, and loudly when a write failed. While a field
 * shows an error it never claims "all" changes are saved: that field's value is held back.
 */
export function SaveStatusLine({ status, invalid = 0 }: { status: SaveStatus; invalid?: number }) {
  if (status.state === 'failed') {
    return (
      <p class="save-status failed" role="alert">
        {status.message}
      </p>
    );
  }
  const held = heldBack(invalid);
  const saved = held ? `Other changes saved. ${held}` : 'All changes saved.';
  const text = { idle: held, saving: 'Saving…', saved }[status.state];
  return (
    <p class="save-status" role="status">
      {text}
    </p>
  );
}
