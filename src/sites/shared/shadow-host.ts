import {TEST_BUILD} from '../../shared/test-build.ts';

/**
 * How Rapport's shadow roots are attached. Closed in every build that ships: with an open root, any script on Gmail
 * or Calendar could reach in through the host's shadowRoot property and click the panel's buttons (turn a rule off,
 * apply a rewrite, schedule a meeting) as if the user had. Our code keeps the root it is handed and never asks the
 * host for it (shadow-host.test.ts checks the sources). Test builds leave them open so that the end-to-end tests'
 * locators, which pierce open roots only, can read and press what a user would; tests/e2e/shipped-build.e2e.ts
 * checks that the shipped build's roots are closed.
 */
export const SHADOW_MODE: ShadowRootMode = TEST_BUILD ? 'open' : 'closed';

/**
 * Creates Rapport's UI host: an element with our own tag name whose content lives in a Shadow DOM, so Gmail's CSS
 * can't restyle it and ours can't leak into Gmail. Content scripts can't define custom elements (their
 * `customElements` is null), but any valid custom-element name may host a shadow root without being defined.
 * The root is returned here and nowhere else: callers keep it.
 */
export function createShadowHost(tagName: `rapport-${string}`, css: string): {host: HTMLElement; root: ShadowRoot} {
  const host = document.createElement(tagName);
  const root = host.attachShadow({mode: SHADOW_MODE});
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return {host, root};
}
