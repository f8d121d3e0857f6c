// The real-mail review's own parts: reading raw mail, drawing a seeded sample that leaves earlier sheets out, and
// turning verdicts into figures. (The mail is written here; the review itself reads public corpora.)
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseMail} from '../../scripts/review/mail.ts';
import {parseMix, sample} from '../../scripts/review/corpus.ts';
import {splitMbox} from '../../scripts/review/mbox.ts';
import {buildSheet} from '../../scripts/review/sheet.ts';
import {lastReceivedOf} from '../../scripts/review/thread.ts';
import {score} from '../../scripts/review/score.ts';

const RAW = 'Message-ID: <1@x>\nDate: Mon, 7 May 2001 09:14:00 -0700 (PDT)\nFrom: dana.lee@acme.example\nTo: tom@acme.example,\n\tana@client.example\nSubject: Re: budget\n\n';

describe('reading raw mail', () => {
  it('reads headers (folded lines too) and the body', () => {
    const mail = parseMail(`${RAW}Could you send the budget by Friday?\n`);
    expect(mail).toMatchObject({from: 'dana.lee@acme.example', to: ['tom@acme.example', 'ana@client.example'], subject: 'Re: budget'});
    expect(mail?.body).toBe('Could you send the budget by Friday?\n');
  });

  it('takes the first plain-text part of a multipart mail, decoded', () => {
    const raw = 'From: a@b.example\nTo: c@d.example\nSubject: x\nContent-Type: multipart/alternative; boundary="B"\n\n--B\nContent-Type: text/html\n\n<p>hi</p>\n--B\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nCaf=C3=A9 at 3 is fine =\nwith me.\n--B--\n';
    expect(parseMail(raw)?.body).toContain('Café at 3 is fine with me.');
  });

  it('splits an mbox at its separator lines and undoes the ">From " quoting of the bodies', () => {
    const mbox = `From MAILER-DAEMON Wed Apr 20 10:00:00 2022\n${RAW}First.\n>From the top, again.\n\nFrom MAILER-DAEMON Wed Apr 20 10:00:01 2022\n${RAW}Second.\n`;
    const messages = splitMbox(mbox);
    expect(messages).toHaveLength(2);
    expect(parseMail(messages[0]!)?.body).toContain('From the top, again.');
    expect(parseMail(messages[1]!)?.body.trim()).toBe('Second.');
  });

  it('keeps a body without headers as it is, and gives up on an HTML-only mail', () => {
    expect(parseMail('I agree with you, this change is risky.')?.body).toBe('I agree with you, this change is risky.');
    expect(parseMail('From: a@b.example\nTo: c@d.example\nSubject: x\nContent-Type: text/html\n\n<p>hi</p>')).toBeNull();
  });
});

describe('sampling', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'rapport-review-'));
  mkdirSync(path.join(root, 'enron-quagga', 'messages'), {recursive: true});
  for (let i = 0; i < 40; i++) writeFileSync(path.join(root, 'enron-quagga', 'messages', `m${i}.eml`), `${RAW}Following our call (ref ${i}), I will send the figures on Friday.\n`);

  it('draws the same mails for the same seed, and leaves out earlier sheets', () => {
    const a = sample(root, 10, 'seed-a').map((s) => s.id);
    expect(sample(root, 10, 'seed-a').map((s) => s.id)).toEqual(a);
    expect(new Set(a).size).toBe(10);
    const b = sample(root, 10, 'seed-b', new Set(a)).map((s) => s.id);
    expect(b.filter((id) => a.includes(id))).toEqual([]);
  });

  it('with quotas, gives each corpus its share however many of its mails earlier sheets used', () => {
    mkdirSync(path.join(root, 'spamassassin-ham', 'messages'), {recursive: true});
    for (let i = 0; i < 200; i++) writeFileSync(path.join(root, 'spamassassin-ham', 'messages', `s${i}.eml`), `${RAW}Mailing list note ${i}: the build passes on my machine now.\n`);
    // 30 of the 40 Enron mails already used: retried random draws would fill the sheet from the larger pool.
    const used = new Set(sample(root, 30, 'used', new Set(), true).filter((s) => s.corpus === 'enron-quagga').map((s) => s.id));
    const drawn = sample(root, 20, 'quota', used, true);
    const count = (corpus: string) => drawn.filter((s) => s.corpus === corpus).length;
    // enron-quagga weighs 3 and spamassassin-ham 1 of what is laid out here: 15 and 5 of 20.
    expect(count('enron-quagga')).toBe(Math.min(15, 40 - used.size));
    expect(count('spamassassin-ham')).toBe(5);
    expect(drawn.filter((s) => used.has(s.id))).toEqual([]);
    expect(sample(root, 20, 'quota', used, true).map((s) => s.id)).toEqual(drawn.map((s) => s.id));
  });

  it('draws from the corpora a named mix weighs, and refuses a mix it cannot read', () => {
    const drawn = sample(root, 10, 'mix', new Set(), true, parseMix('spamassassin-ham=1'));
    expect(drawn).toHaveLength(10);
    expect(drawn.every((s) => s.corpus === 'spamassassin-ham')).toBe(true);
    expect(() => parseMix('enron=x')).toThrow(/name=weight/);
  });

  it('numbers what the engine finds in each mail', () => {
    const [mail] = buildSheet(sample(root, 1, 'seed-c'));
    expect(mail?.items.map((i) => i.key)).toEqual(['C1']);
  });
});

describe('scoring a judged sheet', () => {
  it('gives precision per kind and rule, and recall from what was missed', () => {
    const mails = [{id: 'm1', corpus: 'x', file: 'f', from: '', to: [], subject: '', date: '', body: '', items: [
      {key: 'H1', kind: 'hint' as const, ruleId: 'no-shouting', text: '', detail: ''},
      {key: 'H2', kind: 'hint' as const, ruleId: 'no-blame', text: '', detail: ''},
      {key: 'C1', kind: 'commitment' as const, text: '', detail: ''},
      {key: 'R1', kind: 'request' as const, text: '', detail: ''},
    ]}];
    const figures = score(mails, {m1: {H1: {ok: false, why: 'a name'}, H2: {ok: true}, C1: {ok: true}, R1: {ok: false}, missed: {commitments: ['x', 'y', 'z'], requests: ['r']}}});
    expect(figures.hints.precision).toBe(0.5);
    expect(figures.hints.byRule['no-shouting']?.precision).toBe(0);
    expect(figures.commitments).toMatchObject({precision: 1, missed: 3, recall: 0.25});
    expect(figures.requests).toMatchObject({precision: 0, missed: 1, recall: 0});
  });
});

describe('the mail a reply answers', () => {
  it('reads the first quoted message of an Outlook reply, without its headers, as Gmail gives it to the coach', () => {
    const body = 'Works for me.\n\n -----Original Message-----\nFrom: \tMoore, Jan  \nSent:\tMonday, May 14, 2001 9:12 AM\nTo:\tSmith, Pat\nSubject:\tbudget\n\nCan you send the budget by Friday?\n\n -----Original Message-----\nFrom: Lee, Ann\nOlder text.';
    expect(lastReceivedOf(body)).toEqual({text: 'Can you send the budget by Friday?', from: 'Moore, Jan'});
  });

  it('reads a ">" quote under "… wrote:", and none for a forward or a mail with no quote', () => {
    expect(lastReceivedOf('Sure.\n\nOn Mon, May 14, 2001, Dana Lee wrote:\n> Are you free at 3?\n> Thanks')).toEqual({text: 'Are you free at 3?\nThanks', from: 'Dana Lee'});
    expect(lastReceivedOf('FYI\n\n---------------------- Forwarded by Pat Smith/HOU/ECT on 05/14/2001 ----------\nPlease approve.')).toBeUndefined();
    expect(lastReceivedOf('Just a note, no quote.')).toBeUndefined();
  });
});
