// Ending a command-line tool without losing output. Node drops a pipe's pending writes on process.exit (piped into
// another program, `npm run cadence -- F.ics --events` gave 1,376 lines on one run and 743 on the next), so tools
// write their output and let the process end by itself, setting process.exitCode when it is not 0.
// A failure (a missing or unreadable input) is one line on stderr and exit code 2, never a stack trace.
import {readFileSync, writeSync} from 'node:fs';

export function finish(text: string): void {
  process.stdout.write(text);
}

/** Thrown by fail() to stop the tool where it is; the handlers below let the process end once output is out. */
class ToolExit extends Error {}

let handlersInstalled = false;
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const onError = (error: unknown) => {
    if (error instanceof ToolExit) return; // its line is already on stderr
    writeSync(2, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
}
installHandlers();

/** One clear line on stderr and exit code 2, after whatever was already written to stdout has gone out. */
export function fail(message: string): never {
  writeSync(2, `${message}\n`);
  process.exitCode = 2;
  throw new ToolExit(message);
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a folder, not a file', EPERM: 'permission denied',
};

/** A file's text, or fail() with why it cannot be read ("cadence: cannot read x.ics: no such file"). */
export function readInput(file: string, tool: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return fail(`${tool}: cannot read ${file}: ${REASONS[code] ?? (error as Error).message}`);
  }
}

/** Lines to stdout in large writes; resolves once the last one is handed to the OS, so nothing is lost to an exit. */
export async function writeLines(lines: Iterable<string>): Promise<void> {
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= 65_536) {
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      chunk = '';
    }
  }
  await new Promise<void>((resolve) => process.stdout.write(chunk, () => resolve()));
}
