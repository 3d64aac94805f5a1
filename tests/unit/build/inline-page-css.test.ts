// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../../build/inline-page-css';

const page = (head: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><p>Hi</p></body></html>`;
const files: Record<string, string> = { 'assets/popup-1.css': 'p{color:red}' };

describe('the build step that puts a page’s CSS into its HTML', () => {
  it('replaces a stylesheet link with a style element holding the file, and names the file', () => {
    const { html, inlined } = inlineStylesheets(
      page(
        '<script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" crossorigin href="/assets/popup-1.css">',
      ),
      (file) => files[file],
    );
    expect(html).toBe(
      page('<script type="module" src="/chunks/popup.js"></script><style>p{color:red}</style>'),
    );
    expect(inlined).toEqual(['assets/popup-1.css']);
  });

  it('leaves a page without stylesheet links as it is', () => {
    const html = page('<link rel="modulepreload" href="/chunks/a.js">');
    expect(inlineStylesheets(html, (file) => files[file])).toEqual({ html, inlined: [] });
  });

  it('fails the build rather than ship a page whose stylesheet is not in the build', () => {
    expect(() =>
      inlineStylesheets(page('<link rel="stylesheet" href="/assets/gone.css">'), () => undefined),
    ).toThrow('no stylesheet in the build');
  });

  it('refuses CSS that would close the style element early', () => {
    expect(() =>
      inlineStylesheets(
        page('<link rel="stylesheet" href="/assets/popup-1.css">'),
        () => 'p{}</style><script>',
      ),
    ).toThrow('contains "</style"');
  });
});
