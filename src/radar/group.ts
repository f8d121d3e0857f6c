// Which group a person falls in, from the user's who-is-who: the executive, a direct report, a colleague (an
// internal domain or the user's own), or someone outside.
import type {Group} from './types.ts';

export type WhoIsWho = {
  executives: ReadonlyArray<{email: string}>;
  directReports: ReadonlyArray<{email: string}>;
  internalDomains: readonly string[];
  myAddresses: readonly string[];
};

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function groupOf(email: string, who: WhoIsWho): Group {
  const address = email.toLowerCase();
  if (who.executives.some((person) => person.email.toLowerCase() === address)) return 'executive';
  if (who.directReports.some((person) => person.email.toLowerCase() === address)) return 'direct-report';
  const domain = domainOf(address);
  const internal = new Set([...who.internalDomains.map((entry) => entry.toLowerCase().replace(/^@/, '')), ...who.myAddresses.map(domainOf)]);
  return internal.has(domain) ? 'internal' : 'external';
}
