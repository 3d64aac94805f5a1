import { useId, useRef } from 'preact/hooks';
import { ConfirmDialog } from './ConfirmDialog';

/** The outcome of the last export, import or reset, shown under the buttons. */
export type DataMessage =
  | { ok: true; text: string }
  | { ok: false; text: string; details: string[] };

interface DataSectionProps {
  message: DataMessage | null;
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
}

/** Export to a file, import one back, and reset to the defaults after a confirmation. */
export function DataSection({ message, onExport, onImport, onReset }: DataSectionProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div class="data-section">
      <div class="field">
        <button type="button" onClick={onExport}>
          Export settings and history
        </button>
        <p class="hint">Saves a JSON file you can keep as a backup or import in another browser.</p>
      </div>
      <div class="field">
        <label for={`${id}-import`}>Import from a file</label>
        <input
          id={`${id}-import`}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-import-hint`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) imports it again.
            event.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
        <p id={`${id}-import-hint`} class="hint">
          A file exported here replaces your settings and history as a whole; if anything in it is
          wrong, nothing changes.
        </p>
      </div>
      <div class="field">
        <button type="button" onClick={() => dialog.current?.showModal()}>
          Reset to defaults…
        </button>
        <p class="hint">Puts every setting back as it was at install. Your history stays.</p>
      </div>
      {/* Always in the page, so screen readers announce the text when it arrives. */}
      <p class={message?.ok ? 'data-message ok' : 'data-message-empty'} role="status">
        {message?.ok ? message.text : ''}
      </p>
      {message?.ok === false && (
        <div class="data-message failed" role="alert">
          <p>{message.text}</p>
          {message.details.length > 0 && (
            <ul>
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ConfirmDialog
        dialogRef={dialog}
        title="Reset every setting?"
        confirmLabel="Reset everything"
        onConfirm={onReset}
      >
        <p>
          Reminders, hours, focus areas, the stretches you switched off and your favourites all go
          back to their defaults. Your history is kept.
        </p>
      </ConfirmDialog>
    </div>
  );
}
