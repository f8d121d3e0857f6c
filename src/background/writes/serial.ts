// Writes that read, change and write back one stored value (a list in storage.local, a settings section in
// storage.sync) run one after the other here. Two compose windows dismissing a hint at the same moment used to each
// read the list, add theirs and write it back, and one dismissal was lost; through this queue both are kept.
let last: Promise<unknown> = Promise.resolve();

export function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = last.then(work, work);
  last = run.catch(() => undefined);
  return run;
}
