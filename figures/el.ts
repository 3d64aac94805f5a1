// A renderer-neutral SVG element tree: the Preact component turns it into vnodes, the tests and
// the contact sheet read it as it is.

export interface El {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children?: readonly El[];
}

export const el = (tag: string, attrs: El['attrs'], children?: readonly El[]): El =>
  children ? { tag, attrs, children } : { tag, attrs };

/** Something to draw at a depth: the painter draws the farthest first. */
export interface Layer {
  readonly depth: number;
  readonly els: readonly El[];
}

export const byDepth = (layers: readonly Layer[]): El[] =>
  [...layers].sort((a, b) => a.depth - b.depth).flatMap((layer) => layer.els);
