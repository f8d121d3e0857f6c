// Ending a command-line tool without losing output: Node drops a pipe's pending writes on process.exit, so output
// is written and the process left to end by itself; only a failure exits at once, after one line on stderr.
export function finish(text: string): void {
  process.stdout.write(text);
}

/** One clear line and exit code 2 (a missing or unreadable input), never a stack trace. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
