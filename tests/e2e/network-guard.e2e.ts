// The no-network check must itself work: every way the extension could reach the network is recorded. If this file
// fails, the "no requests" assertion at the end of every other file proves nothing.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {RapportBrowser} from '../browser/rapport-browser.ts';

let browser: RapportBrowser;
beforeAll(async () => {
  browser = await RapportBrowser.launch();
});
afterAll(async () => {
  await browser.close();
});

const attempt = (url: string) => fetch(url).then(() => 'answered', () => 'refused');
const openSocket = (url: string) => new Promise<string>((resolve) => {
  const socket = new WebSocket(url);
  socket.onopen = () => resolve('open');
  socket.onerror = () => resolve('refused');
  socket.onclose = () => resolve('refused');
});

describe('network guard', () => {
  it('records a fetch from the service worker', async () => {
    expect(await browser.serviceWorker()!.evaluate(attempt, 'https://telemetry.example/sw')).toBe('refused');
    expect(browser.networkAttempts()).toContain('GET https://telemetry.example/sw');
  });

  it('records a fetch from a content-script page and from an extension page', async () => {
    const gmail = await browser.openFixture('gmail', 'inbox.html');
    expect(await gmail.evaluate(attempt, 'https://mail.google.com/sync/leak')).toBe('refused');
    const popup = await browser.openPopup();
    expect(await popup.evaluate(attempt, 'https://cdn.example/popup')).toBe('refused');
    expect(browser.networkAttempts()).toEqual(expect.arrayContaining(['GET https://mail.google.com/sync/leak', 'GET https://cdn.example/popup']));
  });

  it('records WebSockets from a page and from the service worker', async () => {
    const gmail = await browser.openFixture('gmail', 'inbox.html');
    expect(await gmail.evaluate(openSocket, 'wss://socket.example/page')).toBe('refused');
    expect(await browser.serviceWorker()!.evaluate(openSocket, 'wss://socket.example/sw')).toBe('refused');
    await expect.poll(() => browser.networkAttempts()).toEqual(expect.arrayContaining([
      'WEBSOCKET wss://socket.example/page', 'CONNECT socket.example:443',
    ]));
  });
});
