// What a stored nudge says is kept as what to say, not as said: a catalog key and its values, a rule's message id
// and values, or the user's own words kept as sent. It is put into words when shown, so a change of the browser's
// language changes every nudge, old ones included (a nudge written as a finished sentence stayed in the language of
// the day it was made). Days are kept as `YYYY-MM-DD` and written out in the language of the moment too.
import type {MessageKey} from './message-keys.ts';
import {t} from './i18n.ts';
import {dayKeyLabel} from './dates.ts';
import {ruleMessageKey} from './rule-text.ts';
import {tMaybe} from './i18n.ts';

/** One of Rapport's own messages, with its `$1`.. values (each itself stored text, a day, or plain words). */
export type CatalogText = {key: MessageKey; args?: TextValue[]};
/** A rule's message (src/locales/<language>/rules.json), with the English the rule wrote as the fallback. */
export type RuleText = {ruleId: string; messageId: string; args: string[]; english: string};
/** Words that are nobody's to translate: the user's own, a person's name, a subject. */
export type OwnText = {own: string};
/** A calendar day, shown as "Mon, Nov 23" in the language of the moment. */
export type DayValue = {day: string};

export type StoredText = CatalogText | RuleText | OwnText;
export type TextValue = StoredText | DayValue | string;

export const own = (words: string): OwnText => ({own: words});
export const said = (key: MessageKey, ...args: TextValue[]): CatalogText => (args.length ? {key, args} : {key});

function value(part: TextValue): string {
  if (typeof part === 'string') return part;
  if ('day' in part) return typeof part.day === 'string' ? dayKeyLabel(part.day) : '';
  return words(part);
}

/**
 * Stored text in the user's language. Never throws: a record from an older version or a damaged import (a plain
 * string, a missing field) shows what it has rather than blanking the view that lists it.
 */
export function words(text: StoredText | string | null | undefined): string {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return '';
  if ('own' in text) return typeof text.own === 'string' ? text.own : '';
  if ('ruleId' in text) {
    const args = Array.isArray(text.args) ? text.args.map(String) : [];
    return tMaybe(ruleMessageKey(text.ruleId, text.messageId), ...args) ?? String(text.english ?? '');
  }
  if ('key' in text && typeof text.key === 'string') {
    return t(text.key, ...(Array.isArray(text.args) ? text.args.map(value) : []));
  }
  return '';
}
