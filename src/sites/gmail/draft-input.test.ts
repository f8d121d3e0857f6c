// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {defaultSettings} from '../../settings/settings.ts';
import {findAll} from '../shared/selector.ts';
import {readCompose} from './compose.ts';
import {buildDraftInput, lastReceivedText} from './draft-input.ts';
import {gmailSelectors} from './selectors.ts';

describe('draft input', () => {
  it('gives an inline reply the message it answers, line by line, with the sender’s name', () => {
    loadFixture('gmail', 'thread-reply-and-compose.html');
    const [inline] = findAll(gmailSelectors.composeRoot).elements;
    const received = lastReceivedText(inline!);
    expect(received?.from).toBe('Sam Lee');
    expect(received?.text).toMatch(/^Hi Jordan,\n\nCould we move the Q4 review to next week\?/);
  });

  it('tiers recipients from the settings and passes the clock and working hours', () => {
    loadFixture('gmail', 'thread-reply-and-compose.html');
    const [, docked] = findAll(gmailSelectors.composeRoot).elements;
    const settings = {...defaultSettings, timeZone: 'America/Chicago', people: {...defaultSettings.people,
      executives: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}], internalDomains: ['northwind.example']}};
    const input = buildDraftInput('Hi Dana,', readCompose(docked!), settings, docked!);
    expect(input.recipients?.map((recipient) => recipient.tier)).toEqual(['executive', 'internal', 'internal']);
    expect(input).toMatchObject({timeZone: 'America/Chicago', subject: 'Board deck for Thursday', lastReceived: undefined});
    expect(input.executiveNames).toEqual(['Dana Whitfield', 'dana@northwind.example']);
  });
});
