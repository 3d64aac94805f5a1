import { format, parse } from 'date-fns';
import { useId, useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '../ConfirmDialog';
import type { DataMessage } from '../DataSection';

interface ProgressDataProps {
  message: DataMessage | null;
  today: number;
  onExportCsv: () => void;
  onExportJson: () => void;
  /** A day (any moment of it) to delete, or null for everything. */
  onDelete: (day: number | null) => void;
}

/** Export the history, and delete one day or all of it after a confirmation. */
export function ProgressData({
  message,
  today,
  onExportCsv,
  onExportJson,
  onDelete,
}: ProgressDataProps) {
  const id = useId();
  const dayDialog = useRef<HTMLDialogElement>(null);
  const allDialog = useRef<HTMLDialogElement>(null);
  const [day, setDay] = useState(() => format(today, 'yyyy-MM-dd'));
  const chosen = parse(day, 'yyyy-MM-dd', today);
  const valid = !Number.isNaN(chosen.getTime());
  return (
    <div class="data-section">
      <div class="field field-row">
        <button type="button" onClick={onExportCsv}>
          Export history as CSV
        </button>
        <button type="button" onClick={onExportJson}>
          Export as JSON
        </button>
      </div>
      <p class="hint">
        CSV opens in a spreadsheet. The JSON file holds your settings too and imports back on the
        options page.
      </p>
      <div class="field">
        <label for={`${id}-day`}>Delete one day</label>
        <div class="field-row">
          <input
            id={`${id}-day`}
            type="date"
            value={day}
            max={format(today, 'yyyy-MM-dd')}
            onInput={(event) => setDay(event.currentTarget.value)}
          />
          <button type="button" disabled={!valid} onClick={() => dayDialog.current?.showModal()}>
            Delete this day…
          </button>
        </div>
      </div>
      <div class="field">
        <button type="button" onClick={() => allDialog.current?.showModal()}>
          Delete all history…
        </button>
      </div>
      <p class={message?.ok ? 'data-message ok' : 'data-message-empty'} role="status">
        {message?.ok ? message.text : ''}
      </p>
      {message?.ok === false && (
        <p class="data-message failed" role="alert">
          {message.text}
        </p>
      )}
      <ConfirmDialog
        dialogRef={dayDialog}
        title={valid ? `Delete ${format(chosen, 'EEEE d MMMM yyyy')}?` : 'Delete this day?'}
        confirmLabel="Delete the day"
        onConfirm={() => onDelete(chosen.getTime())}
      >
        <p>
          Every break and reminder recorded that day goes, for good. Your streak and charts are
          counted again without it.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        dialogRef={allDialog}
        title="Delete your whole history?"
        confirmLabel="Delete everything"
        onConfirm={() => onDelete(null)}
      >
        <p>
          Every break and reminder ever recorded goes, for good, and the streak starts again. Your
          settings stay. Export first if you may want it back.
        </p>
      </ConfirmDialog>
    </div>
  );
}
