import { useEffect } from 'preact/hooks';
import type { Theme } from '../core/settings/settings';

/** Applies the chosen theme; 'system' leaves it to prefers-color-scheme. */
export function useTheme(theme: Theme | undefined) {
  useEffect(() => {
    if (!theme || theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
