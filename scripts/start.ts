// `npm start`: try Rapport without a Google account. Opens Chromium with the built extension on the demo Gmail and
// Calendar pages (the test fixtures, served at the real addresses), with a demo "who is who" and a year of calendar
// imported, a draft typed in Gmail so its hints show, and the popup. Without a display it writes screenshots of
// those pages to artifacts/start/ instead and exits.
import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ARTIFACTS, FIXTURES} from '../tests/browser/paths.ts';
import {RapportBrowser} from '../tests/browser/rapport-browser.ts';
import {sendFromExtensionPage, writeSettings} from '../tests/e2e/with-browser.ts';

const DEMO_PEOPLE = {
  myAddresses: ['jordan@northwind.example'],
  executives: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}],
  directReports: [{email: 'priya@northwind.example', name: 'Priya Natarajan'}, {email: 'marco@northwind.example', name: 'Marco Rossi'}],
  internalDomains: ['northwind.example'],
  neverAnalyse: [],
};
const DEMO_DRAFT = 'Per my last email, I just wanted to check whether the deck is final. I will get back to you soon.';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = await RapportBrowser.launch({headless: !headed});
await browser.inExtensionPage(async (page) => {
  await writeSettings(page, {people: DEMO_PEOPLE});
  await sendFromExtensionPage(page, 'calendar/importIcs', {text: readFileSync(join(FIXTURES, 'calendar', 'ics', 'ea-year.ics'), 'utf8')});
});
const calendar = await browser.openFixture('calendar', 'week-en.html');
const gmail = await browser.openFixture('gmail', 'thread-reply-and-compose.html');
await gmail.waitForSelector('.dw rapport-compose-panel');
const body = gmail.locator('.dw div[g_editable="true"]');
await body.focus();
await gmail.keyboard.press('Control+Home');
await gmail.keyboard.type(DEMO_DRAFT);
await gmail.waitForTimeout(500);
const popup = await browser.openPopup();
await popup.waitForTimeout(500);

if (headed) {
  await gmail.bringToFront();
  console.info('Rapport is loaded on demo Gmail and Calendar pages. Close the browser window to stop.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
} else {
  const folder = join(ARTIFACTS, 'start');
  mkdirSync(folder, {recursive: true});
  for (const [name, page] of Object.entries({gmail, calendar, popup})) {
    await page.screenshot({path: join(folder, `${name}.png`)});
  }
  console.info(`No display: wrote screenshots of the demo pages to ${folder}/ (gmail.png, calendar.png, popup.png).`);
  await browser.close();
}
