// The English catalog of the rules' words (src/locales/en/rules.json) is made from the rules themselves: each
// rule's description, rationale and message templates are the one source, and this turns them into Chrome's
// message format. `npm run catalog:rules` writes the file; tests/unit/rules-catalog.test.ts fails when the
// committed file and the rules disagree, so an edited rule text can't ship with a stale translation key.
import type {Rule} from '../../src/nlp/rule.ts';
import {ruleMessageKey} from '../../src/shared/rule-text.ts';

type Entry = {message: string; placeholders?: Record<string, {content: string}>};

/** `“{{actual}}” turns…` → `“$ACTUAL$” turns…` with `actual` as `$1`: slots numbered in order of appearance, as the
 * engine fills a hint's `args`. */
export function templateEntry(template: string): Entry {
  const slots: string[] = [];
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!slots.includes(name)) slots.push(name);
    return `$${name.toUpperCase()}$`;
  });
  if (slots.length === 0) return {message};
  return {message, placeholders: Object.fromEntries(slots.map((name, index) => [name.toLowerCase(), {content: `$${index + 1}`}]))};
}

export function rulesCatalog(rules: readonly Rule[]): Record<string, Entry> {
  const catalog: Record<string, Entry> = {};
  for (const {meta} of [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    catalog[ruleMessageKey(meta.id, 'description')] = {message: meta.description};
    if (meta.rationale !== undefined) catalog[ruleMessageKey(meta.id, 'rationale')] = {message: meta.rationale};
    for (const [messageId, template] of Object.entries(meta.messages)) catalog[ruleMessageKey(meta.id, messageId)] = templateEntry(template);
  }
  return catalog;
}

export const catalogText = (catalog: Record<string, Entry>) => `${JSON.stringify(catalog, null, 2)}\n`;
