// What the popup loads before its first paint, checked on the build: the page's script and every module it imports
// statically. "Now" opens first, so the other views' code must stay out of that graph (it is fetched on demand, and
// in the background once Now is up); the graph's size is what every popup opening parses and runs.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DIST} from '../browser/paths.ts';

/** The files a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)].map((match) => join(file, '..', match[1]!));
}

function staticGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

/** The scripts the popup page names: its entry and its module preloads. */
function popupScripts(): string[] {
  const html = readFileSync(join(DIST, 'src/popup/index.html'), 'utf8');
  return [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((match) => join(DIST, match[1]!));
}

describe('the popup bundle', () => {
  it('loads the other views only when asked, and nothing of them before Now is drawn', () => {
    const scripts = popupScripts();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(existsSync(script), script).toBe(true);
    const graph = [...staticGraph(scripts)];
    const text = graph.map((file) => readFileSync(file, 'utf8')).join('\n');
    // Marks of each lazy view's own code, present in the build as test ids.
    for (const mark of ['week-view', 'commitments-count', 'agenda-status']) {
      expect(text.includes(`"${mark}"`) || text.includes(`\`${mark}\``), `${mark} is in the first load`).toBe(false);
    }
    const all = readFileSync(join(DIST, 'src/popup/index.html'), 'utf8');
    expect(all).not.toMatch(/week-view|commitments-view/);
  });

  it('keeps the first load under 360 kB of script (348 kB when Now went first)', () => {
    const bytes = [...staticGraph(popupScripts())].reduce((sum, file) => sum + readFileSync(file).length, 0);
    expect(bytes).toBeLessThan(360_000);
  });
});
