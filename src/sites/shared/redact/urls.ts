// Links and image sources. On Google's own hosts (and relative links, which are the page's own), the address's
// skeleton is structure: scheme, host, the route words of Gmail's and Calendar's own addresses ("mail", "u", "r",
// "week", "#inbox") and query parameter names are kept; every other path segment, query value and fragment part is
// redacted. Any other address (a link inside a message) is the user's data and is redacted whole, keeping only its
// punctuation. Inline data (data: images) becomes "data:," since image bytes are not structure.
import type {Placeholders} from './placeholders.ts';

const GOOGLE_HOST = /^([a-z0-9-]+\.)*(google\.com|gstatic\.com|googleusercontent\.com|googleapis\.com)$/i;
const PARTS = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/is;
/** The words of Gmail's and Calendar's own routes. A closed list: an open pattern ("any lower-case word") would
 * keep a lower-case name in a path or a search. */
const ROUTE_WORDS = new Set([
  'mail', 'calendar', 'day', 'week', 'month', 'year', 'agenda', 'customday', 'customweek', 'search', 'eventedit',
  'settings', 'inbox', 'starred', 'snoozed', 'sent', 'drafts', 'imp', 'all', 'spam', 'trash', 'label', 'category',
  'chats', 'scheduled', 'compose', 'view', 'render', 'event', 'tasks',
]);
/** Tiny tokens carry no one's data and are much of an address's skeleton ("u/0", "view=cm", "fs=1"). */
const TINY = /^([a-z]{1,2}|\d{1,2})$/;
const isRouteWord = (token: string) => TINY.test(token) || ROUTE_WORDS.has(token);
const PLAIN_QUERY_NAME = /^[a-z_][a-z0-9_-]{0,20}$/i;

function redactPath(path: string, placeholders: Placeholders): string {
  return path.split('/').map((segment) => (segment === '' || isRouteWord(segment) ? segment : placeholders.text(segment))).join('/');
}

function redactQuery(query: string, placeholders: Placeholders): string {
  return '?' + query.slice(1).split('&').map((pair) => {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    const keptName = PLAIN_QUERY_NAME.test(name) ? name : placeholders.text(name);
    if (equals < 0) return keptName;
    const value = pair.slice(equals + 1);
    return `${keptName}=${isRouteWord(value) ? value : placeholders.text(value)}`;
  }).join('&');
}

/** "#inbox/FMfcgz…" keeps "inbox"; "#label/Clients" keeps "label" only. */
function redactFragment(fragment: string, placeholders: Placeholders): string {
  return '#' + fragment.slice(1).split('/').map((segment, index) => (index === 0 && isRouteWord(segment) ? segment : placeholders.text(segment))).join('/');
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
  // A user name or password before the host ("//name@host") is data like any other.
  const keptAuthority = authority.replace(/^\/\/([^@]*)@/, (_, userInfo: string) => `//${placeholders.text(userInfo)}@`);
  return scheme + keptAuthority + redactPath(path, placeholders)
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
