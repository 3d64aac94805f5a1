import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/DataSection';

afterEach(cleanup);

function renderSection(message: Parameters<typeof DataSection>[0]['message'] = null) {
  const handlers = { onExport: vi.fn(), onImport: vi.fn(), onReset: vi.fn() };
  render(<DataSection message={message} {...handlers} />);
  return handlers;
}

describe('DataSection', () => {
  it('resets only after “Reset everything” is confirmed', () => {
    const { onReset } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel', hidden: true }));
    expect(onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything', hidden: true }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('hands the chosen file to onImport', () => {
    const { onImport } = renderSection();
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import from a file'), { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith(file);
  });

  it('exports on request', () => {
    const { onExport } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings and history' }));
    expect(onExport).toHaveBeenCalled();
  });

  it('lists what was wrong with a refused import', () => {
    renderSection({
      ok: false,
      text: 'Nothing was imported:',
      details: ['Settings, volume: missing.'],
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported:');
    expect(alert.textContent).toContain('Settings, volume: missing.');
  });
});
