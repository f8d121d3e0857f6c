import type {Settings} from './settings.ts';
import type {RecipientTier} from '../nlp/index.ts';

export type {RecipientTier};

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Who a recipient is to the EA: their executive, one of the executive's direct reports, a colleague (an internal
 * domain, or the domain of the user's own addresses), or someone outside. Rules weigh tone differently for each.
 */
export function recipientTier(email: string, people: Settings['people']): RecipientTier {
  const address = email.toLowerCase();
  if (people.executives.some((person) => person.email.toLowerCase() === address)) return 'executive';
  if (people.directReports.some((person) => person.email.toLowerCase() === address)) return 'direct-report';
  const domain = domainOf(address);
  const internal = new Set([...people.internalDomains.map((d) => d.toLowerCase().replace(/^@/, '')), ...people.myAddresses.map(domainOf)]);
  return internal.has(domain) ? 'internal' : 'external';
}

/** Whether the user asked Rapport never to analyse mail to this address or domain. */
export function isNeverAnalysed(email: string, people: Settings['people']): boolean {
  const address = email.toLowerCase();
  return people.neverAnalyse.some((entry) => {
    const rule = entry.trim().toLowerCase();
    return rule === address || (rule.startsWith('@') ? domainOf(address) === rule.slice(1) : domainOf(address) === rule);
  });
}
