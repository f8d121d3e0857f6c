import {textDirection, uiLanguage} from '../../shared/i18n.ts';

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

/**
 * Marks the top element inside a shadow root with Rapport's interface language and direction (not the page's: Gmail
 * may run in another language than the browser), so screen readers read it right and a right-to-left interface
 * mirrors. The host itself keeps the page's direction, so where it sits follows the page's layout.
 */
export function localiseTop<E extends HTMLElement>(element: E): E {
  element.lang = uiLanguage();
  element.dir = textDirection();
  return element;
}
