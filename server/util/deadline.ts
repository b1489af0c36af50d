// Waits for a promise at most `ms`, then settles with a fallback. The work itself goes on (a driver
// call cannot be recalled) but nobody waits for it, and its late failure is swallowed rather than
// left as an unhandled rejection.

/** `work`'s value if it settles within `ms`, `fallback` if it takes longer or fails. */
export function withDeadline<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
