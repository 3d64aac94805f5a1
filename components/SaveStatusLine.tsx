import type { SaveStatus } from '../pages/use-settings-form';

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
