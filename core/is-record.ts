/**
 * True for a plain object whose fields can be read by name: not null and not an array. Every
 * reader of stored or imported data starts here before it looks at a single field.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A number, not NaN or infinite. (Number.isFinite checks the type itself, without coercion; this
 * says so to TypeScript.)
 */
export const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);

/** A whole number (Number.isInteger checks the type itself, as above). */
export const isWholeNumber = (value: unknown): value is number => Number.isInteger(value);
