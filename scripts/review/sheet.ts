// A review sheet: each sampled mail as Rapport would read it, and everything Rapport says about it, numbered so
// a reviewer can judge each item (H hints, C commitments, R requests) and list what was missed.
import {analyze} from '../../src/nlp/index.ts';
import type {Recipient} from '../../src/nlp/index.ts';
import type {Sampled} from './corpus.ts';
import {lastReceivedOf} from './thread.ts';
import {defaultSettings} from '../../src/settings/settings.ts';

/** `messageId` and `tier` (a hint's, in the JSON only) let a judged sheet be read per message and per reader. */
export type SheetItem = {key: string; kind: 'hint' | 'commitment' | 'request'; ruleId?: string; messageId?: string; tier?: string; text: string; detail: string};
export type SheetMail = {id: string; corpus: string; file: string; from: string; to: string[]; subject: string; date: string; body: string; items: SheetItem[]};

// The organisation's domain: mailman.enron.com and enron.com are one company.
const domain = (address: string) => (address.split('@')[1] ?? '').split('.').slice(-2).join('.');
const LIST = /(?:^|[.-])(?:list|lists|dev|devel|user|users|discuss|announce|talk)(?:[.@-]|$)/i;

/** Colleagues share the writer's domain; a mailing list is a community the writer belongs to; the rest are outside. */
function recipients(s: Sampled): Recipient[] {
  const mine = domain(s.mail.from);
  return [...s.mail.to, ...s.mail.cc].slice(0, 20).map((email) => ({
    email,
    tier: domain(email) === mine || LIST.test(email) || s.corpus !== 'enron-mini-debatty' && s.corpus.startsWith('spam') ? 'internal' : 'external',
  }));
}

function sentAt(date: string): string | undefined {
  const t = Date.parse(date.replace(/\s*\([A-Z]+\)\s*$/, ''));
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const sentenceAround = (text: string, start: number, end: number) => {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 120);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl === -1 ? text.length : nl, end + 120);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
};

export function buildSheet(sampled: Sampled[]): SheetMail[] {
  return sampled.map((s) => {
    const at = sentAt(s.mail.date);
    // A reply carries the mail it answers, as Gmail gives it to the coach of an inline reply.
    const received = lastReceivedOf(s.mail.body);
    // With the rules a new user has on: what Rapport shows out of the box.
    const readers = recipients(s);
    const analysis = analyze({
      text: s.mail.body, subject: s.mail.subject, recipients: readers, ...(at ? {sentAt: at} : {}), ...(received ? {lastReceived: received} : {}),
    }, {disabledRules: [...defaultSettings.rules.disabled]});
    const items: SheetItem[] = [];
    analysis.hints.forEach((n, i) => items.push({
      key: `H${i + 1}`, kind: 'hint', ruleId: n.ruleId, messageId: n.messageId, tier: readers[0]?.tier, text: n.actual ?? '',
      detail: `${n.message}${n.place.end > n.place.start ? ` — in: “${sentenceAround(s.mail.body, n.place.start, n.place.end)}”` : ' (whole mail)'}`,
    }));
    analysis.commitments.forEach((c, i) => items.push({
      key: `C${i + 1}`, kind: 'commitment', text: c.text,
      detail: `owner ${c.owner}${c.ownerName ? ` (${c.ownerName})` : ''}; action “${c.action}”; due ${c.due ? `${c.due.phrase}${c.due.vague ? ' (vague)' : ''}${c.due.fromMail ? ' (from elsewhere in the mail)' : ''}` : 'none'}`,
    }));
    analysis.requests.forEach((r, i) => items.push({key: `R${i + 1}`, kind: 'request', text: r.text, detail: r.deadline ? `deadline ${r.deadline.phrase}` : ''}));
    return {id: s.id, corpus: s.corpus, file: s.file, from: s.mail.from, to: s.mail.to, subject: s.mail.subject, date: s.mail.date, body: s.mail.body, items};
  });
}

export function sheetMarkdown(mails: SheetMail[], title: string): string {
  const out = [`# ${title}`, '', `${mails.length} mails. Judge every item: right or false alarm, with a reason; then list what was missed.`, ''];
  for (const [n, m] of mails.entries()) {
    out.push(`## ${n + 1}. ${m.id} (${m.corpus})`, '', `From: ${m.from || '?'} · To: ${m.to.join(', ') || '?'} · Subject: ${m.subject || '(none)'} · Date: ${m.date || '?'}`, '');
    out.push('~~~~', m.body.trimEnd(), '~~~~', '');
    if (m.items.length === 0) out.push('_Rapport found nothing._', '');
    for (const it of m.items) out.push(`- **${it.key}** ${it.kind}${it.ruleId ? ` \`${it.ruleId}\`` : ''}: “${it.text.replace(/\s+/g, ' ').slice(0, 200)}”${it.detail ? ` — ${it.detail}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
