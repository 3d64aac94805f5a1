/** Where the options form's last save stands. */
export type SaveStatus =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'failed'; message: string };

/** Says politely whether the last change was saved, and loudly when a write failed. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  if (status.state === 'failed') {
    return (
      <p class="save-status failed" role="alert">
        {status.message}
      </p>
    );
  }
  const text = { idle: '', saving: 'Saving…', saved: 'All changes saved.' }[status.state];
  return (
    <p class="save-status" role="status">
      {text}
    </p>
  );
}
