// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from 'vitest';
import {redactedPage, type CaptureSpec} from './page.ts';

const STAMP = {capturedAt: new Date('2026-11-23T10:15:00Z'), version: '0.1.0'};
const capture = (targets: Element[], more: Partial<CaptureSpec> = {}) => redactedPage({site: 'gmail', view: 'compose-popup', targets, ...more}, STAMP);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.body.className = 'aAU';
  document.body.innerHTML = `
    <div class="wrap"><div role="navigation">Inbox 3</div>
      <div class="aSs"><div class="aSt"><div role="dialog" aria-label="New Message">
        <!-- Gmail's own comment: anything at all -->
        <script>window.secret = "Dana"</script><style>.x { background: url(https://acme.example/dana.png) }</style>
        <div class="M9"><form><input name="subjectbox" value=""><input type="password" name="pw" value="hunter2"></form>
          <textarea name="to"></textarea>
          <div contenteditable="true" g_editable="true">Hi Dana, the deck is attached.</div>
          <rapport-compose-panel>Rapport's own hints</rapport-compose-panel>
        </div>
      </div></div></div>
    </div>
    <div class="dw">Someone else's draft</div>`;
});

describe('a redacted page', () => {
  it('holds the target whole and its ancestors as bare shells, with the page language', () => {
    const page = parse(capture([document.querySelector('[role="dialog"]')!]));
    expect(page.documentElement.lang).toBe('en');
    expect(page.body.className).toBe('aAU');
    expect(page.querySelector('.aSs > .aSt > [role="dialog"] .M9 [g_editable="true"]')).not.toBeNull();
    expect(page.querySelector('[role="navigation"]')).toBeNull();
    expect(page.querySelector('.dw')).toBeNull();
    expect(page.querySelector('.wrap')!.children).toHaveLength(1);
  });

  it('leaves out scripts, styles, comments, and Rapport\'s own UI', () => {
    const html = capture([document.querySelector('[role="dialog"]')!]);
    expect(html).not.toMatch(/<script|<style|rapport-compose-panel|Gmail's own comment|secret|hints/);
  });

  it('captures what the user typed (redacted), never a password', () => {
    (document.querySelector('input[name="subjectbox"]') as HTMLInputElement).value = 'Board deck';
    (document.querySelector('textarea') as HTMLTextAreaElement).value = 'Sam Lee <sam@acme.example>';
    const page = parse(capture([document.querySelector('.M9')!]));
    expect(page.querySelector('input[name="subjectbox"]')!.getAttribute('value')).toMatch(/^[A-Z][a-z]{4} [a-z]{4}$/);
    expect(page.querySelector('textarea')!.textContent).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2} <[a-z]{3}@[a-z]{4}\.[a-z]{7}>$/);
    expect(page.querySelector('input[type="password"]')!.getAttribute('value')).toBe('');
    expect(page.body.innerHTML).not.toMatch(/Board|Sam|acme|hunter2|Dana|deck|attached/);
  });

  it('links the fixtures\' stylesheet and starts with a header that names the view and nothing of the page', () => {
    const html = capture([document.querySelector('.M9')!], {stylesheet: 'gmail.css'});
    expect(html.startsWith('<!doctype html>\n<!-- Rapport capture: Gmail, view "compose-popup", captured 2026-11-23T10:15:00.000Z\n     by Rapport 0.1.0.')).toBe(true);
    expect(parse(html).querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toBe('/fixture-assets/gmail.css');
    expect(capture([document.body], {view: '--> <b>injected'})).toContain('view "unknown"');
  });

  it('copes with what a parser accepts and the DOM API refuses, and with custom elements and SVG', () => {
    document.body.innerHTML = '<c-wiz jsrenderer="Xy1" data-p="%.@.[Dana]"><div a"b="Dana" x<y="1">Dana</div>'
      + '<svg viewBox="0 0 24 24" aria-label="Dana"><path d="M12 2L2 22"></path></svg></c-wiz>';
    const html = capture([document.body]);
    const page = parse(html);
    expect(page.querySelector('c-wiz > div')!.textContent).toMatch(/^[A-Z][a-z]{3}$/);
    expect(page.querySelector('svg path')!.getAttribute('d')).toBe('M12 2L2 22');
    expect(page.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(html).not.toContain('Dana');
  });

  it('is the same text for the same page and stamp', () => {
    expect(capture([document.body])).toBe(capture([document.body]));
  });
});
