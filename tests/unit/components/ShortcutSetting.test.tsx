import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShortcutSetting } from '../../../components/ShortcutSetting';
import { fakeCommands } from '../fake-commands-setup';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('ShortcutSetting', () => {
  it('shows the keys that start a stretch', async () => {
    render(<ShortcutSetting />);
    expect((await screen.findByText('Alt+Shift+S')).tagName).toBe('KBD');
  });

  it('says when no shortcut is set, and reads it again when the page gets focus back', async () => {
    fakeCommands.shortcut = '';
    render(<ShortcutSetting />);
    await screen.findByText(/No shortcut is set/);
    fakeCommands.shortcut = 'Ctrl+Shift+Y';
    fireEvent.focus(window);
    expect((await screen.findByText('Ctrl+Shift+Y')).tagName).toBe('KBD');
  });

  it("opens Chromium's shortcut page from its button", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<ShortcutSetting />);
    fireEvent.click(screen.getByRole('button', { name: 'Change the shortcut' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});
