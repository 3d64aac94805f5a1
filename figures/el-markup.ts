import type { El } from './el';

// An element tree as SVG markup, for the unit tests and scripts that render figures outside a page.

const escapeText = (value: string | number) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function toMarkup(node: El, extra: Record<string, string> = {}): string {
  const attrs = Object.entries({ ...node.attrs, ...extra })
    .map(([name, value]) => ` ${name}="${escapeText(value)}"`)
    .join('');
  const inner = (node.children ?? []).map((child) => toMarkup(child)).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}
