import { useState } from 'preact/hooks';
import { type DataMessage, DataSection } from '../../../components/DataSection';
import { downloadExport, importFromFile, resetToDefaults } from '../../../pages/export-import';

/** Export, import and reset, with the outcome of the last one; `onReplaced` drops stale drafts. */
export function DataPanel({ onReplaced }: { onReplaced: () => void }) {
  const [message, setMessage] = useState<DataMessage | null>(null);
  const run = async (action: () => Promise<DataMessage>, replaces: boolean) => {
    setMessage(null);
    const outcome = await action().catch(
      (error): DataMessage => ({ ok: false, text: String(error), details: [] }),
    );
    if (outcome.ok && replaces) onReplaced();
    setMessage(outcome);
  };
  return (
    <DataSection
      message={message}
      onExport={() => run(() => downloadExport(Date.now()), false)}
      onImport={(file) => run(() => importFromFile(file), true)}
      onReset={() => run(resetToDefaults, true)}
    />
  );
}
