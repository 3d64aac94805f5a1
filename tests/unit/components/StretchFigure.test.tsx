import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StretchFigure } from '../../../components/StretchFigure';
import { FIGURE_RENDERER_GLOBAL } from '../../../figures/renderer-path';

afterEach(cleanup);

// The first test loads the renderer and a pose file through Vite: give it time.
const LOADING = { timeout: 15_000 };

const picture = (container: Element) =>
  container.querySelector<SVGSVGElement>('figure svg[role="img"]');

describe('StretchFigure', () => {
  it('finds the renderer under the name the renderer registers (run by the setup file)', () => {
    expect((globalThis as Record<string, unknown>)[FIGURE_RENDERER_GLOBAL]).toHaveProperty(
      'showFigure',
    );
  });

  it('loads and draws the entry figure as a named image, with what "right side" means', async () => {
    const { container } = render(<StretchFigure id="standing-adductor-stretch" caption />);
    await waitFor(() => expect(picture(container)).not.toBeNull(), LOADING);
    expect(picture(container)?.getAttribute('aria-label')).toMatch(/the right leg stays straight/);
    expect(picture(container)?.dataset.side).toBe('1');
    expect(container.querySelector('figcaption')?.textContent).toMatch(
      /^Right side: the right leg/,
    );
  });

  it('draws side two as the mirror image and names that side', async () => {
    const { container } = render(<StretchFigure id="standing-adductor-stretch" side={2} caption />);
    await waitFor(() => expect(picture(container)?.dataset.side).toBe('2'), LOADING);
    expect(picture(container)?.querySelector('g')?.getAttribute('transform')).toMatch(
      /^matrix\(-1 0 0 1 /,
    );
    expect(picture(container)?.getAttribute('aria-label')).toMatch(/the left leg stays straight/);
    expect(container.querySelector('figcaption')?.textContent).toMatch(/^Left side: the left leg/);
  });

  it('moves into the pose when a hold begins, and stays still when reduced motion is asked for', async () => {
    const { container, rerender } = render(<StretchFigure id="standing-adductor-stretch" />);
    await waitFor(() => expect(picture(container)?.dataset.moving).toBe('no'), LOADING);
    rerender(<StretchFigure id="standing-adductor-stretch" playKey={0} />);
    await waitFor(() => expect(picture(container)?.dataset.moving).toBe('yes'));

    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query.includes('reduce') }) as MediaQueryList,
    );
    rerender(<StretchFigure id="standing-adductor-stretch" playKey={2} />);
    await waitFor(() => expect(picture(container)?.dataset.moving).toBe('no'));
  });

  it('shows nothing for an entry without a figure', async () => {
    const { container } = render(<StretchFigure id="no-such-entry" caption />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('figure')?.childElementCount).toBe(0);
  });
});
