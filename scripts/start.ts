// `npm start`: try Rapport without a Google account. Opens Chromium with the built extension on the demo Gmail and
// Calendar pages (the test fixtures, served at the real addresses) and the popup. Without a display it writes
// screenshots to artifacts/start/ instead and exits.
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {ARTIFACTS} from '../tests/browser/paths.ts';
import {RapportBrowser} from '../tests/browser/rapport-browser.ts';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = await RapportBrowser.launch({headless: !headed});
const gmail = await browser.openFixture('gmail', 'thread-reply-and-compose.html');
const calendar = await browser.openFixture('calendar', 'week-en.html');
await gmail.waitForSelector('rapport-compose-panel');
const popup = await browser.openPopup();
await popup.waitForSelector('[data-site]');

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
