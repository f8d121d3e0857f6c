// @vitest-environment jsdom
// The compose panel's words: the English the end-to-end suite reads, and the same panel in Spanish and right-to-left.
import {describe, expect, it, vi} from 'vitest';
import type {Hint} from '../../nlp/index.ts';
import {speak, speakEnglishAfterEach} from '../../../tests/unit/speak.ts';
import {createComposePanel, describeCompose} from './compose-panel.ts';
import type {ComposeInfo, ComposeRecipient} from './compose.ts';

speakEnglishAfterEach();

const person = (name: string): ComposeRecipient => ({name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.org`, field: 'to'});
const compose = (kind: ComposeInfo['kind'], names: string[]): ComposeInfo =>
  ({id: null, draftId: null, kind, subject: '', threadId: null, recipientUi: 'peoplekit', recipients: names.map(person), attachments: 0});

// Rule ids no catalog knows: the message shown is the English the analysis wrote.
const hint = (overrides: Partial<Hint> = {}): Hint => ({
  ruleId: 'test-rule', type: 'tone', severity: 'info', messageId: 'said', message: '“Per my last email” can read as a reproach.', args: [],
  place: {start: 0, end: 17}, actual: 'Per my last email, the deck is due Friday', note: 'Why it matters.', fingerprint: 'f1',
  suggestions: [
    {desc: 'Say it plainly', messageId: 'plain', args: [], place: {start: 0, end: 17}, text: 'As I mentioned'},
    {desc: 'Leave it out', messageId: 'drop', args: [], place: {start: 0, end: 17}, text: ''},
  ],
  ...overrides,
});

const handlers = () => ({apply: vi.fn(), notNow: vi.fn(), silencePhrase: vi.fn(), turnOffRule: vi.fn()});
const shadow = (host: HTMLElement) => host.shadowRoot!;
const buttons = (host: HTMLElement) => [...shadow(host).querySelectorAll('li button')].map((button) => [button.textContent, button.getAttribute('aria-label')]);

describe('describeCompose', () => {
  it.each([
    ['inline', [], 'Reply to no recipients yet.'],
    ['popup', [], 'Message to no recipients yet.'],
    ['inline', ['Sam Lee'], 'Reply to Sam Lee.'],
    ['popup', ['Dana Whitfield'], 'Message to Dana Whitfield.'],
    ['inline', ['Marco Rossi', 'Dana Whitfield'], 'Reply to Marco Rossi and Dana Whitfield.'],
    ['fullscreen', ['Marco Rossi', 'Dana Whitfield'], 'Message to Marco Rossi and Dana Whitfield.'],
    ['popup', ['Dana Whitfield', 'Finance', 'Priya Natarajan'], 'Message to Dana Whitfield and 2 others.'],
    ['inline', ['A', 'B', 'C', 'D'], 'Reply to A and 3 others.'],
  ] as const)('%s to %j', (kind, names, expected) => {
    expect(describeCompose(compose(kind, [...names]))).toBe(expected);
  });

  it('in Spanish', () => {
    speak('es');
    expect(describeCompose(compose('inline', ['Sam Lee']))).toBe('Respuesta para Sam Lee.');
    expect(describeCompose(compose('popup', ['Dana Whitfield', 'Finance', 'Priya Natarajan']))).toBe('Mensaje para Dana Whitfield y 2 personas más.');
    expect(describeCompose(compose('popup', []))).toBe('Mensaje aún sin destinatarios.');
  });

  it('falls back to the address of a recipient without a name', () => {
    expect(describeCompose({...compose('popup', []), recipients: [{name: '', email: 'legal@acme.example', field: 'to'}]})).toBe('Message to legal@acme.example.');
  });
});

describe('compose panel', () => {
  it('says whom the message is to, counts hints and labels every control, in English', () => {
    const panel = createComposePanel(handlers());
    const root = shadow(panel.host);
    panel.setInfo(compose('inline', ['Sam Lee']));
    expect(root.querySelector('.status')!.textContent).toBe('Reply to Sam Lee. Hints appear here as you write.');
    expect(root.querySelector('.brand')!.textContent).toBe('Rapport');
    expect(root.querySelector('.panel')!.getAttribute('aria-label')).toBe('Rapport hints for this message');
    expect(root.querySelector('ul')!.getAttribute('aria-label')).toBe('Hints');

    panel.setHints([], 'No hints: this reads well.');
    expect(root.querySelector('.status')!.textContent).toBe('Reply to Sam Lee. No hints: this reads well.');
    expect(root.querySelector('.count')!.textContent).toBe('');

    panel.setHints([hint()], '');
    expect(root.querySelector('.count')!.textContent).toBe('1 hint');
    expect(root.querySelector('.status')!.textContent).toBe('Reply to Sam Lee.');
    panel.setHints([hint(), hint({ruleId: 'other-rule', fingerprint: 'f2'})], '');
    expect(root.querySelector('.count')!.textContent).toBe('2 hints');
    // A long draft is read only in part: the note stands beside the hints, so the user knows what they cover.
    panel.setHints([hint(), hint({ruleId: 'other-rule', fingerprint: 'f2'})], 'A long message.');
    expect(root.querySelector('.status')!.textContent).toBe('Reply to Sam Lee. A long message.');
    expect(root.querySelector('.count')!.textContent).toBe('2 hints');
    panel.setHints([hint(), hint({ruleId: 'other-rule', fingerprint: 'f2'})], '');
    expect(root.querySelector('.status')!.textContent).toBe('Reply to Sam Lee.');

    const toggle = root.querySelector<HTMLButtonElement>('.bar button')!;
    expect(toggle.textContent).toBe('Hide');
    toggle.click();
    expect(toggle.textContent).toBe('Show');
    toggle.click();
    expect(toggle.textContent).toBe('Hide');
  });

  it('shows a hint with its message, why-line and actions, byte for byte', () => {
    const panel = createComposePanel(handlers());
    panel.setHints([hint()], '');
    const item = shadow(panel.host).querySelector('li')!;
    expect(item.querySelector('div')!.textContent).toBe('“Per my last email” can read as a reproach.');
    expect(item.querySelector('.why')!.textContent).toBe('Why it matters.');
    expect(buttons(panel.host)).toEqual([
      ['Use “As I mentioned”', 'Say it plainly: As I mentioned'],
      ['Leave it out', 'Leave it out: remove'],
      ['Not now', null],
      ['Never for “Per my last email, the d”', null],
      ['Turn off this hint', 'Turn off the rule test-rule'],
    ]);
  });

  it('marks its top element with the interface language and direction', () => {
    const english = createComposePanel(handlers());
    expect(shadow(english.host).querySelector('.panel')!.getAttribute('dir')).toBe('ltr');
    expect(shadow(english.host).querySelector('.panel')!.getAttribute('lang')).toBe('en');
    speak('ar', {rtl: true});
    const arabic = createComposePanel(handlers());
    expect(shadow(arabic.host).querySelector('.panel')!.getAttribute('dir')).toBe('rtl');
    expect(shadow(arabic.host).querySelector('.panel')!.getAttribute('lang')).toBe('ar');
  });

  it('speaks Spanish, keeping the draft’s own words as they are', () => {
    speak('es');
    const panel = createComposePanel(handlers());
    const root = shadow(panel.host);
    panel.setInfo(compose('inline', ['Sam Lee']));
    expect(root.querySelector('.status')!.textContent).toBe('Respuesta para Sam Lee. Los consejos aparecerán aquí mientras escribes.');
    panel.setHints([hint()], '');
    expect(root.querySelector('.count')!.textContent).toBe('1 consejo');
    expect(buttons(panel.host)).toEqual([
      ['Usar “As I mentioned”', 'Say it plainly: As I mentioned'],
      ['Leave it out', 'Leave it out: quitar'],
      ['Ahora no', null],
      ['Nunca para “Per my last email, the d”', null],
      ['Desactivar este consejo', 'Desactivar la regla test-rule'],
    ]);
    expect(root.querySelector('.bar button')!.textContent).toBe('Ocultar');
  });

  it('has a Spanish word for every status it can show', () => {
    speak('es');
    const panel = createComposePanel(handlers());
    panel.setInfo(compose('popup', ['Dana Whitfield', 'Priya Natarajan']));
    panel.setHints([], 'No hay consejos: se lee bien.');
    expect(shadow(panel.host).querySelector('.status')!.textContent).toBe('Mensaje para Dana Whitfield y Priya Natarajan. No hay consejos: se lee bien.');
  });
});
