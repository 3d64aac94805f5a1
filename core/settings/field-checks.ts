/** A field check turns an unknown stored or typed value into a valid one, or a message for the user. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; error: string };
export type Check<T> = (value: unknown) => CheckResult<T>;

const ok = <T>(value: T): CheckResult<T> => ({ ok: true, value });
const fail = <T>(error: string): CheckResult<T> => ({ ok: false, error });

/** A whole number within [min, max]; strings from form inputs are accepted when they hold one. */
export function wholeNumber(min: number, max: number, unit: string): Check<number> {
  return (value) => {
    let n = value;
    if (typeof n === 'string') {
      const text = n.trim();
      if (text === '') return fail('Enter a value.');
      n = Number(text);
      if (!Number.isFinite(n)) return fail(`“${shorten(text)}” is not a number.`);
    }
    if (typeof n !== 'number' || !Number.isFinite(n)) return fail('Enter a number.');
    if (!Number.isInteger(n)) return fail(`Use a whole number of ${unit}.`);
    if (n < min || n > max) return fail(`Choose between ${min} and ${max} ${unit}.`);
    return ok(n);
  };
}

export const boolean: Check<boolean> = (value) =>
  typeof value === 'boolean' ? ok(value) : fail('Choose on or off.');

export function oneOf<T extends string>(options: readonly T[], what: string): Check<T> {
  return (value) =>
    typeof value === 'string' && (options as readonly string[]).includes(value)
      ? ok(value as T)
      : fail(`Choose a ${what}.`);
}

/** A set of options without duplicates; `min` items at least. Unknown items are an error. */
export function someOf<T extends string>(
  options: readonly T[],
  min: number,
  what: string,
): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return fail(`Choose ${what}.`);
    const picked = options.filter((option) => value.includes(option));
    if (picked.length !== new Set(value).size) return fail(`Unknown ${what} in the list.`);
    if (picked.length < min) return fail(`Select at least ${min === 1 ? 'one' : min} ${what}.`);
    return ok(picked);
  };
}

/** The longest stretch id a settings list may hold (the library's longest is 29 characters). */
export const MAX_ID_LENGTH = 32;
const ID = new RegExp(`^[a-z0-9-]{1,${MAX_ID_LENGTH}}$`);

/** A bounded list of short ids (stretch ids the user switched off or starred). */
export function idList(maxItems: number): Check<string[]> {
  return (value) => {
    if (!Array.isArray(value)) return fail('Expected a list.');
    if (value.length > maxItems) return fail(`At most ${maxItems} entries.`);
    const bad = value.find((id) => typeof id !== 'string' || !ID.test(id));
    if (bad !== undefined) return fail(`“${shorten(String(bad))}” is not a stretch id.`);
    return ok([...new Set(value as string[])]);
  };
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
