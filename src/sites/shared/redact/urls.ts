// Links and image sources. On Google's own hosts (and relative links, which are the page's own), the address's
// skeleton is structure: scheme, host, plain path words ("mail", "u", "r", "week") and query parameter names are
// kept, while ids, numbers and every query value or fragment route past its first word are redacted. Any other
// address (a link inside a message) is the user's data and is redacted whole, keeping only its punctuation. Inline
// data (data: images) is dropped to "data:," since image bytes are not structure.
import type {Placeholders} from './placeholders.ts';

const GOOGLE_HOST = /^([a-z0-9-]+\.)*(google\.com|gstatic\.com|googleusercontent\.com|googleapis\.com)$/i;
const PARTS = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/is;
/** Path words and query values that are the page's vocabulary rather than anyone's data. */
const PLAIN_PATH_WORD = /^([a-z][a-z_-]*|\d{1,2})$/;
const PLAIN_QUERY_VALUE = /^([a-z]{1,4}|\d{1,2})$/;
const PLAIN_QUERY_NAME = /^[a-z_][a-z0-9_-]{0,20}$/i;

function redactPath(path: string, placeholders: Placeholders): string {
  return path.split('/').map((segment) => (PLAIN_PATH_WORD.test(segment) || segment === '' ? segment : placeholders.text(segment))).join('/');
}

function redactQuery(query: string, placeholders: Placeholders): string {
  return '?' + query.slice(1).split('&').map((pair) => {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    const keptName = PLAIN_QUERY_NAME.test(name) ? name : placeholders.text(name);
    if (equals < 0) return keptName;
    const value = pair.slice(equals + 1);
    return `${keptName}=${PLAIN_QUERY_VALUE.test(value) ? value : placeholders.text(value)}`;
  }).join('&');
}

/** A link to an element of the page ("#xDetDlg"): short, one token, no digits run; long opaque tokens are ids. */
const ELEMENT_ANCHOR = /^#[A-Za-z][\w:.-]{0,15}$/;

/** "#inbox/FMfcgz…" keeps "inbox"; "#label/Clients" keeps "label"; "#xDetDlg" is a link to an element, kept. */
function redactFragment(fragment: string, placeholders: Placeholders): string {
  if (ELEMENT_ANCHOR.test(fragment) && !/\d{6}/.test(fragment)) return fragment;
  const [first = '', ...rest] = fragment.slice(1).split('/');
  const keptFirst = /^[a-z]+$/.test(first) ? first : placeholders.text(first);
  return '#' + [keptFirst, ...rest.map((segment) => placeholders.text(segment))].join('/');
}

/** One address (href, src, action, an image in srcset or in a style's url()). */
export function redactUrl(value: string, placeholders: Placeholders): string {
  const trimmed = value.trim();
  if (/^data:/i.test(trimmed)) return 'data:,';
  const parts = PARTS.exec(trimmed);
  const [, scheme = '', authority = '', path = '', query = '', fragment = ''] = parts ?? [];
  const host = authority.slice(2).replace(/^[^@]*@/, '').replace(/:\d+$/, '');
  const hierarchical = scheme === '' || /^(https?|wss?):$/i.test(scheme);
  if (!parts || !hierarchical || (authority !== '' && !GOOGLE_HOST.test(host))) {
    // mailto:, tel:, another site's address: all of it is data; the scheme says only what kind of link it is.
    return scheme + placeholders.text(trimmed.slice(scheme.length));
  }
  return scheme + authority + redactPath(path, placeholders)
    + (query ? redactQuery(query, placeholders) : '')
    + (fragment ? redactFragment(fragment, placeholders) : '');
}

/** A srcset: "address size, address size". */
export function redactSrcset(value: string, placeholders: Placeholders): string {
  return value.split(',').map((candidate) => {
    const [address = '', ...descriptor] = candidate.trim().split(/\s+/);
    return [redactUrl(address, placeholders), ...descriptor].join(' ');
  }).join(', ');
}

/** An inline style: kept (it is layout), except the addresses in url(…), which can be a person's photo. */
export function redactStyle(value: string, placeholders: Placeholders): string {
  return value.replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (_, quote: string, address: string) => `url(${quote}${redactUrl(address, placeholders)}${quote})`);
}
