/**
 * True for a plain object whose fields can be read by name: not null and not an array. Every
 * reader of stored or imported data starts here before it looks at a single field.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
