// The production build (dist/, what the store packages hold), loaded as a user installs it: the e2e suite's test
// hooks are absent. A page script finds Rapport's compose panel closed, yet the panel coaches; the test-only
// messages are refused even from an extension page; and a Gmail content script cannot delete the user's data.
import type {CDPSession, Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {DIST} from '../browser/paths.ts';
import {dockedBody, typeAtStart, withRapportBrowser} from './with-browser.ts';

const browser = withRapportBrowser({extensionDir: DIST});

type DomNode = {nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; shadowRootType?: string};

/** The whole DOM as DevTools sees it, closed shadow roots included (a page script sees none of them). */
async function domWithShadowRoots(session: CDPSession): Promise<DomNode> {
  const {root} = await session.send('DOM.getDocument', {depth: -1, pierce: true}) as {root: DomNode};
  return root;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...node.children ?? [], ...node.shadowRoots ?? []]) yield* walk(child);
}

const attribute = (node: DomNode, name: string) => {
  const index = node.attributes?.indexOf(name) ?? -1;
  return index >= 0 && index % 2 === 0 ? node.attributes![index + 1] : undefined;
};

/** The rule ids of the docked compose panel's hints, read through DevTools, and the kind of root they are in. */
async function panelAsDevToolsSeesIt(session: CDPSession): Promise<{rootType: string | undefined; ruleIds: string[]}> {
  const docked = [...walk(await domWithShadowRoots(session))].find((node) => attribute(node, 'class')?.split(' ').includes('dw'));
  const panel = docked && [...walk(docked)].find((node) => node.nodeName === 'RAPPORT-COMPOSE-PANEL');
  const root = panel?.shadowRoots?.[0];
  const ruleIds = root ? [...walk(root)].map((node) => attribute(node, 'data-rule-id')).filter((id): id is string => !!id) : [];
  return {rootType: root?.shadowRootType, ruleIds};
}

/** Run an expression in Rapport's content-script world on this page, as the content script itself would. */
async function inContentScript<T>(page: Page, expression: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  const contexts: Array<{id: number; origin: string; name: string}> = [];
  session.on('Runtime.executionContextCreated', ({context}) => contexts.push(context as never));
  await session.send('Runtime.enable');
  const world = contexts.find((context) => context.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error(`no content-script world among ${contexts.map((context) => context.origin).join(', ')}`);
  const {result, exceptionDetails} = await session.send('Runtime.evaluate', {expression, contextId: world.id, awaitPromise: true, returnByValue: true});
  await session.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

describe('the shipped build', () => {
  it('closes the compose panel to page scripts, and the panel still coaches', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    const panel = page.locator('.dw rapport-compose-panel');
    await expect.poll(() => panel.count(), {timeout: 15_000}).toBe(1);
    await typeAtStart(page, dockedBody(page), 'Per my last email, I will get back to you soon. ');
    const session = await page.context().newCDPSession(page);
    await expect.poll(async () => (await panelAsDevToolsSeesIt(session)).ruleIds, {timeout: 15_000}).toContain('no-passive-aggressive');
    expect((await panelAsDevToolsSeesIt(session)).rootType).toBe('closed');
    // What a script on Gmail's page can reach: nothing inside, so no button to click for the user.
    expect(await panel.evaluate((host) => host.shadowRoot)).toBeNull();
    expect(await panel.locator('li').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('rapport-compose-panel button').length)).toBe(0);
    await session.detach();
    await page.close();
  });

  it('refuses the test-only messages, even from its own extension page', async () => {
    const replies = await browser().inExtensionPage((page) => page.evaluate(async () => {
      const {chrome} = globalThis as unknown as {chrome: {runtime: {sendMessage(message: unknown): Promise<unknown>}}};
      const day = new Date().toISOString().slice(0, 10);
      return [
        await chrome.runtime.sendMessage({rapport: 1, name: 'commitments/track', request: {}}),
        await chrome.runtime.sendMessage({rapport: 1, name: 'stats/recordTone', request: {day, counts: []}}),
      ];
    }));
    expect(replies).toEqual([
      {ok: false, error: 'unknown message "commitments/track"'},
      {ok: false, error: 'unknown message "stats/recordTone"'},
    ]);
  });

  it('refuses data import and delete-all from a Gmail content script, and still answers its ping', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    await expect.poll(() => page.locator('.dw rapport-compose-panel').count()).toBe(1);
    const send = (name: string) => `chrome.runtime.sendMessage({rapport: 1, name: ${JSON.stringify(name)}, request: {}})`;
    expect(await inContentScript(page, send('data/deleteAll'))).toEqual({ok: false, error: 'data/deleteAll is not accepted from gmail'});
    expect(await inContentScript(page, send('data/importCommit'))).toEqual({ok: false, error: 'data/importCommit is not accepted from gmail'});
    expect(await inContentScript(page, send('runtime/ping'))).toMatchObject({ok: true});
    await page.close();
  });
});
