import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import { useSettingsForm } from '../../../pages/use-settings-form';
import { sendMessage } from '../../../platform/messages';

vi.mock('../../../platform/messages', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const stored: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
const saved = (settings = stored) => ({ settings, errors: {}, writeError: null });

beforeEach(() => {
  vi.useFakeTimers();
  send.mockReset();
  send.mockResolvedValue(saved() as never);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const settle = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });

describe('useSettingsForm', () => {
  it('gathers quick changes into one save and leaves out the invalid field', async () => {
    const { result } = renderHook(() => useSettingsForm(stored));
    act(() => {
      result.current.change('intervalMinutes', '4');
      result.current.change('intervalMinutes', '45');
      result.current.change('snoozeMinutes', 'abc');
      result.current.change('sound', false);
    });
    expect(send).not.toHaveBeenCalled();
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('saveSettings', { intervalMinutes: 45, sound: false });
    expect(result.current.errors).toEqual({
      intervalMinutes: undefined,
      snoozeMinutes: '“abc” is not a number.',
      sound: undefined,
    });
    expect(result.current.text('snoozeMinutes')).toBe('abc');
    expect(result.current.status).toEqual({ state: 'saved' });
  });

  it('sends nothing while the only change is invalid', async () => {
    const { result } = renderHook(() => useSettingsForm(stored));
    act(() => result.current.change('holdSeconds', '200'));
    await settle();
    expect(send).not.toHaveBeenCalled();
    expect(result.current.errors.holdSeconds).toBe('Choose between 15 and 90 seconds.');
  });

  it('saves at once when the page is hidden or closed, instead of waiting', async () => {
    const { result } = renderHook(() => useSettingsForm(stored));
    act(() => result.current.change('volume', 30));
    await act(async () => {
      dispatchEvent(new Event('pagehide'));
    });
    expect(send).toHaveBeenCalledWith('saveSettings', { volume: 30 });
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shows a failed write instead of swallowing it, and keeps the draft', async () => {
    send.mockResolvedValue({
      ...saved(),
      writeError: 'Your settings could not be saved.',
    } as never);
    const { result } = renderHook(() => useSettingsForm(stored));
    act(() => result.current.change('intervalMinutes', '50'));
    await settle();
    expect(result.current.status).toEqual({
      state: 'failed',
      message: 'Your settings could not be saved.',
    });
    expect(result.current.text('intervalMinutes')).toBe('50');
  });

  it('reports an unreachable background', async () => {
    send.mockRejectedValue(new Error('Receiving end does not exist.'));
    const { result } = renderHook(() => useSettingsForm(stored));
    act(() => result.current.change('theme', 'dark'));
    await settle();
    expect(result.current.status.state).toBe('failed');
  });

  it('shows the stored value again once a draft is saved, and after drafts are discarded', async () => {
    let current = stored;
    const { result, rerender } = renderHook(() => useSettingsForm(current));
    act(() => result.current.change('intervalMinutes', '060'));
    expect(result.current.text('intervalMinutes')).toBe('060');
    await settle();
    current = { ...stored, intervalMinutes: 60 };
    rerender();
    expect(result.current.text('intervalMinutes')).toBe('60');
    act(() => result.current.change('naturalBreakMinutes', '1'));
    act(() => result.current.discardDrafts());
    expect(result.current.text('naturalBreakMinutes')).toBe('5');
    expect(result.current.errors).toEqual({});
  });
});
