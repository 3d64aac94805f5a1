// Compiled into the end-to-end test build only (`wxt build --mode faults`); every call site is
// behind `import.meta.env.MODE === 'faults'`, so the shipped pages carry none of it. The stored
// items are validated on every read, so no corruption makes a component throw any more; this lets
// a test make one stored value unrenderable, as a bug would, to drive the error boundary.

const ARMED = 'stretch-test-render-fault';

/**
 * Throws while rendering when a test armed it for this `what` and `value` (from any page of the
 * extension: `localStorage.setItem('stretch-test-render-fault', '{"what":...,"value":...}')`).
 */
export function testRenderFault(what: 'stretch' | 'interval', value: string | number): void {
  let armed: { what?: unknown; value?: unknown } | null = null;
  try {
    armed = JSON.parse(localStorage.getItem(ARMED) ?? 'null');
  } catch {
    return;
  }
  if (armed?.what === what && String(armed.value) === String(value)) {
    throw new Error(`stretch-test-fault-point: the ${what} ${value} cannot be shown`);
  }
}
