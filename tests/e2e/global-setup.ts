// Build the extension once before the end-to-end files (skipped when dist/ is fresh).
import {buildIfStale} from '../browser/build.ts';

export default function setup(): void {
  buildIfStale();
}
