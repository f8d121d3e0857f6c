// Build the extension once before the end-to-end files (each build skipped when fresh): the test build the files
// load (dist-test/), and the production build that bundle-privacy and shipped-build check (dist/).
import {buildIfStale} from '../browser/build.ts';

export default function setup(): void {
  buildIfStale('test');
  buildIfStale('production');
}
