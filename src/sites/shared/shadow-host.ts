/**
 * Creates Rapport's UI host: an element with our own tag name whose content lives in a Shadow DOM, so Gmail's CSS
 * can't restyle it and ours can't leak into Gmail. Content scripts can't define custom elements (their
 * `customElements` is null), but any valid custom-element name may host a shadow root without being defined.
 */
export function createShadowHost(tagName: `rapport-${string}`, css: string): {host: HTMLElement; root: ShadowRoot} {
  const host = document.createElement(tagName);
  const root = host.attachShadow({mode: 'open'});
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return {host, root};
}

