// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {findAll} from '../shared/selector.ts';
import {redactedPage} from '../shared/redact/page.ts';
import {gmailCapture} from './capture.ts';
import {gmailSelectors as S} from './selectors.ts';

const at = (search = '') => ({search}) as Location;
const STAMP = {capturedAt: new Date('2026-11-23T10:15:00Z'), version: '0.1.0'};
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('what a Gmail capture holds', () => {
  it('the focused compose, with its window and the menus Gmail hangs off the body', () => {
    loadFixture('gmail', 'thread-reply-and-compose.html');
    (document.querySelector('.dw [g_editable="true"]') as HTMLElement).focus();
    const spec = gmailCapture(document, at())!;
    expect(spec.view).toBe('compose-popup');
    expect(spec.targets).toEqual([document.querySelector('.dw [role="dialog"]'), document.querySelector('body > .J-M[role="menu"]')]);
    const page = parse(redactedPage(spec, STAMP));
    expect(findAll(S.composeRoot, page).elements).toHaveLength(1);
    expect(findAll(S.scheduleSend, page).elements).toHaveLength(1);
    expect(findAll(S.recipientChip, page).elements).toHaveLength(3); // To and Cc of the docked compose
    expect(findAll(S.threadMessage, page).elements).toHaveLength(0);
  });

  it('else the first compose; an inline reply comes with the message it answers', () => {
    loadFixture('gmail', 'thread-reply-and-compose.html');
    const spec = gmailCapture(document, at())!;
    expect(spec.view).toBe('compose-inline');
    const page = parse(redactedPage(spec, STAMP));
    for (const [name, count] of [['composeRoot', 1], ['threadMessage', 1], ['messageBody', 1], ['replyArea', 1], ['recipientClassic', 1]] as const) {
      expect(findAll(S[name], page).elements, name).toHaveLength(count);
    }
  });

  it('a full-screen compose keeps the full-screen container around it; a popped-out one is told by its address', () => {
    loadFixture('gmail', 'compose-fullscreen.html');
    const spec = gmailCapture(document, at())!;
    expect(spec.view).toBe('compose-fullscreen');
    expect(findAll(S.fullscreenContainer, parse(redactedPage(spec, STAMP))).elements).toHaveLength(1);
    loadFixture('gmail', 'compose-popout.html');
    expect(gmailCapture(document, at('?view=cm&fs=1'))!.view).toBe('compose-popout');
  });

  it('with no compose, the conversation; with neither, nothing', () => {
    loadFixture('gmail', 'thread-reply-es.html');
    for (const compose of document.querySelectorAll('.M9')) compose.remove();
    const spec = gmailCapture(document, at())!;
    expect(spec.view).toBe('thread');
    expect(spec.targets).toEqual([document.querySelector('[role="main"]')]);
    loadFixture('gmail', 'inbox.html');
    expect(gmailCapture(document, at())).toBeNull();
  });

  it('an editor in a dialog even when Gmail has renamed the compose hooks', () => {
    loadFixture('gmail', 'compose-popout.html');
    document.querySelector('.M9')!.classList.remove('M9');
    document.querySelector('input[name="composeid"]')!.remove();
    const spec = gmailCapture(document, at())!;
    expect(spec.view).toBe('compose-unrecognised');
    expect(spec.targets).toEqual([document.querySelector('[role="dialog"]')]);
  });
});

describe('gmailCapture with the schedule picker open', () => {
  it('takes the picker with the compose, so a capture of it is a fixture of the picker', () => {
    loadFixture('gmail', 'schedule-picker.html');
    const spec = gmailCapture(document, at())!;
    const page = parse(redactedPage(spec, STAMP));
    expect(findAll(S.composeRoot, page).elements).toHaveLength(1);
    expect(findAll(S.scheduleInput, page).elements).toHaveLength(2);
    expect(findAll(S.scheduleConfirm, page).elements).toHaveLength(1);
  });
});
