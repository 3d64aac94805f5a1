import type { SyncErrorText } from '../core/settings/sync-error-text';

/**
 * Says that settings are waiting to be synced, and why, while they are. The live region is always
 * there (empty when all is synced), so a screen reader hears the note when it appears.
 */
export function SyncErrorNote({ text }: { text: SyncErrorText | null }) {
  return (
    <div
      class={text ? 'sync-note' : 'sync-note empty'}
      role="status"
      aria-labelledby={text ? 'sync-note-title' : undefined}
    >
      {text && (
        <>
          <p id="sync-note-title" class="sync-note-title">
            {text.title}
          </p>
          <p>{text.body}</p>
          <p class="sync-note-detail">{text.detail}</p>
        </>
      )}
    </div>
  );
}
