import {describe, expect, it} from 'vitest';
import {speak, speakEnglishAfterEach} from '../../tests/unit/speak.ts';
import {computeRadar, defaultRadarSettings, type KeyPerson, type OwedItem} from '../radar/index.ts';
import {catchUpAgenda, type AgendaInput} from './agenda.ts';
import {isQuiet, relationshipsDigest} from './relationships.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T18:00:00Z');
const TZ = 'America/Chicago';
const person = (email: string, name: string): KeyPerson => ({email, name, group: 'external', addedAt: 0});
const item = (id: string, email: string, direction: OwedItem['direction'], at: number, dueAt: number | null, sentence: string): OwedItem => ({
  id, email, name: email, direction, at, dueAt, sentence, threadId: 't', messageId: `m-${id}`, status: 'open',
});
const radarOf = (people: KeyPerson[], contacts: Array<{email: string; at: number}>, items: OwedItem[]) => computeRadar({
  people, contacts: contacts.map((contact) => ({...contact, kind: 'sent' as const})), items, settings: defaultRadarSettings, now: NOW,
  workingHoursBetween: (from, to) => (to - from) / 3_600_000,
});

const radar = radarOf(
  [person('kim@acme.example', 'Kim Ito'), person('priya@acme.example', 'Priya'), person('bo@acme.example', 'Bo'), person('new@x.example', 'New')],
  [{email: 'kim@acme.example', at: NOW - 30 * DAY}, {email: 'bo@acme.example', at: NOW - 20 * DAY}, {email: 'priya@acme.example', at: NOW - DAY}],
  [
    item('fresh-ask', 'priya@acme.example', 'asked-of-me', NOW - 3_600_000, null, 'Can you share the agenda?'),
    item('old-ask', 'kim@acme.example', 'asked-of-me', NOW - 3 * DAY, null, 'Could you send\nthe deck?'),
    item('due-later', 'priya@acme.example', 'promised-to-me', NOW - DAY, NOW + 2 * DAY, "I'll send the contract Friday."),
    item('late', 'kim@acme.example', 'promised-to-me', NOW - 5 * DAY, NOW - DAY, "I'll have the figures to you Tuesday."),
    item('undated', 'bo@acme.example', 'promised-to-me', NOW - DAY, null, "I'll look into it."),
  ],
);

speakEnglishAfterEach();

describe('the relationships digest', () => {
  it('lists who has gone quiet (longest first, never-contacted left out), late asks and promises first', () => {
    const digest = relationshipsDigest(radar, NOW);
    expect(digest.overdue.map((entry) => entry.name)).toEqual(['Kim Ito', 'Bo']);
    expect(digest.asksWaiting.map((ask) => [ask.sentence, ask.late])).toEqual([['Could you send\nthe deck?', true], ['Can you share the agenda?', false]]);
    expect(digest.promisesOwed.map((promise) => [promise.name, promise.late])).toEqual([['Kim Ito', true], ['Priya', false], ['Bo', false]]);
    expect(isQuiet(digest)).toBe(false);
    expect(isQuiet(relationshipsDigest([], NOW))).toBe(true);
  });
});

describe('the agenda\'s relationships section', () => {
  const base: AgendaInput = {
    now: NOW, timeZone: TZ, weekStart: '2026-11-23', weekEnd: Date.parse('2026-11-30T06:00:00Z'), executiveName: 'Dana', openCommitments: [], cadence: [],
  };
  // The relationships section is the agenda's last.
  const section = (agenda: string) => agenda.slice(agenda.lastIndexOf('## '));

  it('is left out when the radar is not given, so the agenda is as before', () => {
    expect(catchUpAgenda(base)).not.toContain('Relationships');
  });

  it('lists each kind in one line per item, on one line whatever the mail held', () => {
    expect(section(catchUpAgenda({...base, relationships: relationshipsDigest(radar, NOW)}))).toBe([
      '## Relationships',
      '',
      '- [ ] Get in touch with Kim Ito (last contact Mon, Oct 26)',
      '- [ ] Get in touch with Bo (last contact Thu, Nov 5)',
      '- [ ] Answer Kim Ito, waiting since Sun, Nov 22: “Could you send the deck?”',
      '- [ ] Answer Priya: “Can you share the agenda?” (asked Wed, Nov 25)',
      '- [ ] Follow up with Kim Ito: “I\'ll have the figures to you Tuesday.” was due Tue, Nov 24',
      '- [ ] Priya promised “I\'ll send the contract Friday.” for Fri, Nov 27',
      '- [ ] Bo promised “I\'ll look into it.”',
      '',
    ].join('\n'));
  });

  it('stays short: three of a kind, then how many more the People view has', () => {
    const many = radarOf(Array.from({length: 5}, (_, index) => person(`p${index}@x.example`, `P${index}`)),
      Array.from({length: 5}, (_, index) => ({email: `p${index}@x.example`, at: NOW - (40 + index) * DAY})), []);
    const lines = section(catchUpAgenda({...base, relationships: relationshipsDigest(many, NOW)})).split('\n');
    expect(lines.filter((line) => line.startsWith('- [ ] Get in touch'))).toHaveLength(3);
    expect(lines).toContain("- and 2 more in Rapport's People view");
  });

  it('says when no one is waiting, in the interface language', () => {
    speak('es');
    expect(section(catchUpAgenda({...base, relationships: relationshipsDigest([], NOW)}))).toBe('## Relaciones\n\n- Nadie espera tu respuesta.\n');
  });
});
