// Each handler reads state, computes and writes it back; two interleaved handlers would lose one
// write. One queue per worker keeps them in order (a new worker starts with an empty queue, and
// everything it needs is in storage).
let tail: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it, whether those succeeded or failed. */
export function serialize<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
