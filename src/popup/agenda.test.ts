import {describe, expect, it} from 'vitest';
import {speak, speakEnglishAfterEach} from '../../tests/unit/speak.ts';
import type {CadenceView} from '../shared/messages.ts';
import type {StoredCommitment} from '../store/records.ts';
import {catchUpAgenda, type AgendaInput} from './agenda.ts';

const TZ = 'America/Chicago';
const at = (iso: string) => Date.parse(iso);
const commitment = (id: string, fields: Partial<StoredCommitment>): StoredCommitment => ({
  id, draftId: `d-${id}`, threadId: null, subject: 'Subject', sentence: id, action: id, owner: 'me', counterparts: [],
  createdAt: at('2026-11-20T15:00:00Z'), dueAt: null, vague: false, status: 'open', ...fields,
});
const cadence = (label: string, status: CadenceView['status'], detail: string): CadenceView =>
  ({targetId: label, label, status, detail, attendees: [], eventTitle: label});

const base: AgendaInput = {
  now: at('2026-11-25T18:00:00Z'), timeZone: TZ, weekStart: '2026-11-23', weekEnd: at('2026-11-30T06:00:00Z'),
  executiveName: 'Dana Whitfield', openCommitments: [], cadence: [],
};

speakEnglishAfterEach();

describe('catchUpAgenda', () => {
  it('lists the executive’s open promises, what is due this week and the meetings to schedule', () => {
    const agenda = catchUpAgenda({
      ...base,
      openCommitments: [
        commitment('exec', {owner: 'executive', ownerName: 'Dana', action: 'share the Q4 numbers', counterparts: ['sam@acme.example'], dueAt: at('2026-12-02T23:00:00Z')}),
        commitment('mine-late', {action: 'book the venue', dueAt: at('2026-11-24T23:00:00Z')}),
        commitment('mine-friday', {action: 'send the\nboard deck', counterparts: ['a@x.example', 'b@x.example', 'c@x.example'], dueAt: at('2026-11-27T22:00:00Z')}),
        commitment('mine-next-week', {action: 'renew the lease', dueAt: at('2026-12-03T22:00:00Z')}),
        commitment('undated', {action: 'call back'}),
        commitment('closed', {action: 'already done', status: 'done', dueAt: at('2026-11-26T22:00:00Z')}),
      ],
      cadence: [
        cadence('Weekly catch-up', 'overdue', 'Last held Mon, Nov 9; none scheduled.'),
        cadence('Daily catch-up', 'ok', 'Next: Thu, Nov 26.'),
        cadence('Monthly goals', 'not-scheduled', 'Not held in the weeks Rapport has seen; none scheduled.'),
        cadence('Quarterly review', 'unknown', 'Rapport hasn’t seen …'),
      ],
    });
    expect(agenda).toBe([
      '# Catch-up with Dana Whitfield: week of Mon, Nov 23',
      '',
      "## Open commitments made on Dana Whitfield's behalf",
      '',
      '- [ ] Share the Q4 numbers (to sam@acme.example): due Wed, Dec 2',
      '',
      '## Due this week',
      '',
      '- [ ] Book the venue: overdue since Tue, Nov 24',
      '- [ ] Send the board deck (to a@x.example, b@x.example and 1 more): due Fri, Nov 27',
      '',
      '## Meetings to schedule',
      '',
      '- [ ] Weekly catch-up (overdue): Last held Mon, Nov 9; none scheduled.',
      '- [ ] Monthly goals (not scheduled): Not held in the weeks Rapport has seen; none scheduled.',
      '',
    ].join('\n'));
  });

  it('says so when a section is empty, and does without an executive name', () => {
    const agenda = catchUpAgenda({...base, executiveName: null});
    expect(agenda).toContain('# Catch-up: week of Mon, Nov 23');
    expect(agenda).toContain("## Open commitments made on the executive's behalf\n\n- None open.");
    expect(agenda).toContain('- Nothing else due this week.');
    expect(agenda).toContain('- Every regular meeting is on the calendar.');
  });

  it('quotes a vague deadline instead of inventing a date', () => {
    const agenda = catchUpAgenda({...base, openCommitments: [commitment('asap', {owner: 'executive', action: 'get back to Lee', vague: true, duePhrase: 'ASAP'})]});
    expect(agenda).toContain('- [ ] Get back to Lee: said “ASAP”');
  });

  it('is written in the interface language, the Markdown marks and the mail’s words as they are', () => {
    speak('es');
    const agenda = catchUpAgenda({
      ...base,
      openCommitments: [
        commitment('exec', {owner: 'executive', action: 'share the Q4 numbers', counterparts: ['a@x.example', 'b@x.example', 'c@x.example'], dueAt: at('2026-12-02T23:00:00Z')}),
        commitment('late', {action: 'book the venue', dueAt: at('2026-11-24T23:00:00Z')}),
      ],
      cadence: [cadence('Seguimiento semanal', 'overdue', 'Última el lun, 9 nov; ninguna programada.')],
    });
    expect(agenda).toBe([
      '# Reunión de seguimiento con Dana Whitfield: semana del lun, 23 nov',
      '',
      '## Compromisos abiertos en nombre de Dana Whitfield',
      '',
      '- [ ] Share the Q4 numbers (para a@x.example, b@x.example y 1 más): vence el mié, 2 dic',
      '',
      '## Vencen esta semana',
      '',
      '- [ ] Book the venue: vencido desde el mar, 24 nov',
      '',
      '## Reuniones por programar',
      '',
      '- [ ] Seguimiento semanal (vencida): Última el lun, 9 nov; ninguna programada.',
      '',
    ].join('\n'));
  });

  it('pastes Markdown and HTML from mail as plain text: no image, link or tag', () => {
    const agenda = catchUpAgenda({
      ...base,
      executiveName: 'Dana <b>W</b>',
      openCommitments: [
        commitment('img', {action: 'send ![chart](http://tracker.example/p.png) and [the deck](http://evil.example)', dueAt: at('2026-11-27T22:00:00Z')}),
        commitment('html', {action: 'fix <img src=x onerror=alert(1)> *now* `code` | ~~gone~~ &amp;', counterparts: ['a_b@x.example'], dueAt: at('2026-11-27T22:00:00Z')}),
      ],
      cadence: [cadence('1:1 with [Sam](http://x.example)', 'overdue', 'Last held <i>never</i>.')],
    });
    expect(agenda).toContain('Send !\\[chart\\](http://tracker.example/p.png) and \\[the deck\\](http://evil.example)');
    expect(agenda).toContain('Fix \\<img src=x onerror=alert(1)\\> \\*now\\* \\`code\\` \\| \\~\\~gone\\~\\~ \\&amp;');
    expect(agenda).toContain('a\\_b@x.example');
    expect(agenda).toContain('Dana \\<b\\>W\\</b\\>');
    expect(agenda).toContain('1:1 with \\[Sam\\](http://x.example)');
    expect(agenda).toContain('Last held \\<i\\>never\\</i\\>.');
    // Whatever the mail held, no unescaped markup is left in it.
    expect(agenda).not.toMatch(/(^|[^\\])(!\[|<img|<b>|\]\()/m);
  });
});

