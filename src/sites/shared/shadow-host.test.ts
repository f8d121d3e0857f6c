// @vitest-environment jsdom
// Rapport's UI lives in shadow roots that a page script must not reach: closed in a production build, and never
// fetched back from the host by our own code (which would fail once closed, while the open test builds passed).
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';

async function createShadowHostIn(mode: 'production' | 'test') {
  vi.resetModules();
  vi.stubEnv('MODE', mode);
  const module = await import('./shadow-host.ts');
  vi.unstubAllEnvs();
  return module;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('createShadowHost', () => {
  it('closes the root in a production build: a page script finds no way in, our code keeps its reference', async () => {
    const {createShadowHost, SHADOW_MODE} = await createShadowHostIn('production');
    expect(SHADOW_MODE).toBe('closed');
    const {host, root} = createShadowHost('rapport-compose-panel', 'button {color: red}');
    const button = root.appendChild(document.createElement('button'));
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    document.body.append(host);
    // What a page script would try.
    expect(host.shadowRoot).toBeNull();
    expect(document.querySelector('rapport-compose-panel')!.shadowRoot?.querySelector('button')).toBeUndefined();
    expect(document.querySelectorAll('button')).toHaveLength(0);
    expect(root.querySelector('style')!.textContent).toBe('button {color: red}');
    button.click();
    expect(clicked).toHaveBeenCalledOnce();
  });

  it('leaves it open in a test build, for the end-to-end locators', async () => {
    const {createShadowHost} = await createShadowHostIn('test');
    const {host, root} = createShadowHost('rapport-toast', '');
    expect(host.shadowRoot).toBe(root);
  });
});

describe('the content scripts', () => {
  it('never read a shadow root back from its host (it is null once closed)', () => {
    const folder = join(import.meta.dirname, '..', '..');
    const sources = readdirSync(folder, {recursive: true, encoding: 'utf8'})
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
    const readers = sources.filter((file) => /\.shadowRoot\b/.test(readFileSync(join(folder, file), 'utf8')));
    expect(readers).toEqual([]);
  });
});
