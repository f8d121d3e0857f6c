// @vitest-environment jsdom
// The whole options page rendered in English and in Spanish, with the browser's storage and the database faked.
import {act} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {formatMessage, readCatalog, type Catalog} from '../../scripts/lib/locales.ts';
// Renamed: not a React hook, though its name says "use".
import {t, tCount, useMessages as readMessagesFrom} from '../shared/i18n.ts';
import {Options} from './options.tsx';
import {importSummary} from './import-summary.ts';

const fake = vi.hoisted(() => ({
  sync: {} as Record<string, unknown>,
  health: [] as unknown[],
  logs: [] as unknown[],
}));

vi.mock('webextension-polyfill', () => ({default: {
  storage: {
    sync: {
      get: async (keys: string[]) => Object.fromEntries(keys.filter((key) => key in fake.sync).map((key) => [key, fake.sync[key]])),
      set: async (items: Record<string, unknown>) => void Object.assign(fake.sync, items),
    },
    onChanged: {addListener() {}, removeListener() {}},
  },
  runtime: {getManifest: () => ({version: '1.2.3'})},
}}));
vi.mock('dexie-react-hooks', () => ({useLiveQuery: (query: () => unknown) => query()}));
vi.mock('../store/db.ts', () => ({database: () => ({
  siteHealth: {orderBy: () => ({toArray: () => fake.health})},
  logs: {orderBy: () => ({reverse: () => ({limit: () => ({toArray: () => fake.logs})})})},
})}));

const english = readCatalog('en');
const spanish = readCatalog('es');
const speak = (catalog: Catalog, language: string) => readMessagesFrom({
  getMessage: (key, substitutions) => (key === '@@bidi_dir' ? 'ltr' : formatMessage(catalog, key, substitutions)),
  getUILanguage: () => language,
});

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root | undefined;

async function renderPage(): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<Options />));
  for (let flush = 0; flush < 3; flush++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return container;
}

const labelsOf = (page: HTMLElement, attribute: string) => [...page.querySelectorAll(`[${attribute}]`)].map((node) => node.getAttribute(attribute)!);

beforeEach(() => {
  fake.sync = {
    'settings.people': {
      myAddresses: ['jordan@northwind.example'], executives: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}],
      directReports: [{email: 'marco@northwind.example', name: 'Marco Rossi'}], internalDomains: ['northwind.example'], neverAnalyse: [],
    },
    'settings.rules': {disabled: [], ignoredPhrases: ['per my last email']},
  };
  fake.health = [
    {site: 'gmail', part: 'composeRoot', count: 2, strategy: 0, lastFoundAt: Date.now(), reportedAt: Date.now()},
    {site: 'gmail', part: 'sendButton', count: 0, strategy: null, lastFoundAt: null, reportedAt: Date.now()},
    {site: 'calendar', part: 'eventChip', count: 15, strategy: 2, lastFoundAt: Date.now(), reportedAt: Date.now()},
  ];
  fake.logs = [{id: 1, at: Date.now(), level: 'error', source: 'e2e-probe', message: 'probe error'}];
});

afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  speak(english, 'en');
});

describe('options page', () => {
  it('reads as before in English', async () => {
    const page = await renderPage();
    const text = page.textContent!;
    for (const phrase of [
      'Everything Rapport knows stays in this browser. Nothing is sent anywhere.',
      'Who is who', 'Your executive(s)', 'One per line: Name <email>',
      'Working hoursFrom  to ', 'Mon Tue Wed Thu Fri Sat Sun', 'Quiet hours (no desktop notifications) On from  to ', 'Weekly summaryOn ',
      'MondayTuesdayWednesdayThursdayFridaySaturdaySunday at ', "This browser's (",
      'Daily catch-upEvery  working day, late after  more', 'Weekly catch-upEvery  days, late after  more', '1:1 with Marco RossiEvery  days',
      'Titles that count (comma separated)', '(tone)', '(commitment)', 'Hints on: “', 'Not on: “', 'Silenced phrases',
      '“per my last email” Hint again', 'Import a calendar file (.ics)', 'Export everything', 'Import a Rapport export', 'Delete everything',
      'Version 1.2.3. Counts only: no page content is kept.', 'SitePartFoundHookLast found', 'composeRoot2preferred', 'sendButton0nonenever',
      'eventChip15fallback 2', 'Recent errors', 'e2e-probe just now: probe error',
      'Keeping in touch', 'WhoIn touch every (days)Answer within (working hours)', 'Your executive', 'External contacts',
    ]) expect(text).toContain(phrase);
    expect(labelsOf(page, 'aria-label')).toEqual(expect.arrayContaining([
      'Save who is who', 'Save your working week', 'Save the meeting rhythm', 'Hint again on per my last email',
      'Weekly catch-up: every how many days', 'Daily catch-up: every how many working days', 'Weekly catch-up: days of slack',
    ]));
    expect(labelsOf(page, 'placeholder')).toContain('Addresses or @domains, one per line');
    expect(page.querySelectorAll('fieldset[data-target-id="monthly"] legend input[type="checkbox"]')).toHaveLength(1);
    // The rules new users have off say why, even when this user turned them on; the others say nothing of it.
    expect(page.querySelector('[data-testid="rule-off-by-default-require-sign-off"]')?.textContent).toBe('Off until you turn it on: on real mail it was rarely right.');
    expect(page.querySelector('[data-testid="rule-off-by-default-no-shouting"]')).toBeNull();
    expect(page.querySelector<HTMLInputElement>('[data-testid="rule-require-sign-off"]')?.checked).toBe(true);
  });

  it('speaks Spanish throughout, keeping the English mail examples', async () => {
    speak(spanish, 'es');
    const page = await renderPage();
    const text = page.textContent!;
    for (const phrase of [
      'Quién es quién', 'De  a ', 'lun mar mié', 'El ', 'lunesmartes', 'Cada  día laborable, con  de margen', 'Frases silenciadas',
      '«per my last email» Reactivar', 'Versión 1.2.3.', 'composeRoot2preferido', 'sendButton0ningunonunca', 'Errores recientes',
    ]) expect(text).toContain(phrase);
    expect(labelsOf(page, 'aria-label')).toContain('Guardar quién es quién');
    // No English message of this page is left on it (the brand, the examples and technical names aside).
    const translated = page.cloneNode(true) as HTMLElement;
    for (const example of translated.querySelectorAll('[lang="en"]')) example.remove();
    const everything = [translated.textContent, ...labelsOf(translated, 'aria-label'), ...labelsOf(translated, 'placeholder')].join('\n');
    for (const [key, entry] of Object.entries(english)) {
      if (!key.startsWith('options_')) continue;
      const fixed = entry.message.split(/\$[A-Za-z0-9_]+\$/).map((piece) => piece.trim()).filter((piece) => piece.length > 4);
      for (const piece of fixed) expect(everything, key).not.toContain(piece);
    }
  });

  it('saves how often to keep in touch with each group, refusing a value out of range', async () => {
    const page = await renderPage();
    const row = page.querySelector('tr[data-group="external"]')!;
    const [days, hours] = [...row.querySelectorAll('input')];
    const type = async (input: HTMLInputElement, value: string) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      await act(async () => {
        setter.call(input, value);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      });
    };
    await type(days!, '21');
    await type(hours!, '-5');
    const form = page.querySelector('section[aria-labelledby="radar-title"] form') as HTMLFormElement;
    await act(async () => form.requestSubmit());
    expect(fake.sync['settings.radar']).toMatchObject({everyDays: {external: 21, executive: 7}, answerWithinHours: {external: 8}});
  });

  it('keeps the fields in a sentence however the translation orders them', async () => {
    speak({...english, options_workingHoursRange: {message: '$END$ back to $START$', placeholders: {start: {content: '$1'}, end: {content: '$2'}}}}, 'en');
    const page = await renderPage();
    const fieldset = page.querySelector('fieldset')!;
    const inputs = fieldset.querySelectorAll('input[type="time"]');
    expect(inputs[0]!.getAttribute('aria-label')).toBe('End of working hours');
    expect(fieldset.textContent).toContain(' back to ');
  });
});

describe('catalogs', () => {
  const own = (catalog: Catalog) => Object.fromEntries(Object.entries(catalog).filter(([key]) => key.startsWith('options_')));

  it('Spanish has every English key, with the same placeholders', () => {
    const en = own(english);
    const es = own(spanish);
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const names = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
      expect(names(es[key]!.message), key).toEqual(names(entry.message));
      expect(es[key]!.placeholders ?? {}, key).toEqual(entry.placeholders ?? {});
    }
  });

  it('says what a calendar import did (read, imported, dates, left out and why) in whole sentences, in either language', () => {
    const said = () => [
      importSummary({events: 412, days: 365, read: 18, range: {from: '2025-11-23', to: '2027-02-28'}, skipped: {'bad-value': 2, 'impossible-rule': 1, 'file-capped': 1}, warnings: []}),
      importSummary({events: 1, days: 1, read: 1, range: {from: '2026-11-04', to: '2026-11-04'}, skipped: {}, warnings: []}),
      tCount('options_importedRecords', 240),
      t('options_cadenceNeedsExecutive', t('options_peopleTitle')),
    ];
    expect(said()).toEqual([
      'Imported 412 events covering 365 days. The file has 18 events (a repeating one counts once). Dates from Nov 23, 2025 to Feb 28, 2027. ' +
        'Left out: 2 with a date or time that could not be read; 1 whose repeat rule can never happen (only the first date was kept); the rest of the file, which holds too many events.',
      'Imported 1 event covering 1 day. The file has 1 event (a repeating one counts once). Dates from Nov 4, 2026 to Nov 4, 2026.', 'Imported 240 records.',
      'Name your executive under “Who is who” so Rapport knows whose meetings count.',
    ]);
    expect(said()[0]).toMatch(/Imported \d+ events covering \d+ days/); // tests/e2e/calendar-cadence.e2e.ts
    speak(spanish, 'es');
    expect(said()).toEqual([
      'Se importaron 412 eventos que abarcan 365 días. El archivo tiene 18 eventos (uno que se repite cuenta una vez). Fechas del 23 nov 2025 al 28 feb 2027. ' +
        'Se omitieron: 2 con fechas u horas ilegibles; 1 cuya regla de repetición nunca se cumple (solo se guardó la primera fecha); el resto del archivo, que tiene demasiados eventos.',
      'Se importó 1 evento que abarca 1 día. El archivo tiene 1 evento (uno que se repite cuenta una vez). Fechas del 4 nov 2026 al 4 nov 2026.',
      'Se importaron 240 registros.', 'Indica quién es tu directivo en «Quién es quién» para que Rapport sepa qué reuniones cuentan.',
    ]);
    speak(english, 'en');
  });
});
