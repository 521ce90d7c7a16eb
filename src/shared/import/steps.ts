/**
 * Work done in steps (a generator that yields between slices of it), so that the thread serving the UI
 * can run its event loop in between; `runSteps` does it all at once where nothing waits.
 */
export type Steps<T> = Generator<void, T>;

/** Runs every step and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
