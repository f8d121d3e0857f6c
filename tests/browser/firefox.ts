// Firefox with Rapport's Firefox package installed, driven through WebDriver BiDi (the W3C protocol Firefox speaks
// natively; playwright-core only drives its own patched Firefox). Fixtures are served at the real Gmail and Calendar
// addresses by BiDi request interception, and anything else is refused and recorded, like the Chromium harness.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, extname, join} from 'node:path';
import WebSocket from 'ws';
import {FIXTURES} from './paths.ts';
import {startNetworkGuard, type NetworkGuard} from './network-guard.ts';
import {SITES, type Site} from './rapport-browser.ts';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  return found;
}

/** Firefox's own services that call Mozilla from a fresh profile; an extension's request would be caught first. */
const FIREFOX_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozilla\.cloudflare-dns\.com)(:\d+)?$/;
const TYPES: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript'};
/** The moz-extension:// host Firefox gives Rapport in the test profile (normally random per profile). */
const EXTENSION_UUID = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';

type Message = {id?: number; type?: string; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: string; message?: string};
type Request = {request: string; url: string};

export class FirefoxBrowser {
  readonly outsideRequests: string[] = [];
  private nextId = 0;
  private readonly pending = new Map<number, (message: Message) => void>();
  /** Which fixture each tab shows: requests carry their tab's context id. */
  private readonly fixtures = new Map<string, {site: Site; fixture: string}>();

  private constructor(private readonly process: ChildProcess, private readonly socket: WebSocket, private readonly guard: NetworkGuard, private readonly profile: string) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as Message));
  }

  /**
   * Firefox with `xpi` (the package as it goes to addons.mozilla.org) installed in a fresh profile, as a user's
   * install leaves it, and the tab it opens first showing `startPath` of the extension. WebDriver BiDi may not
   * navigate to moz-extension: pages, but a start-up URL may open one. An unsigned package installs only where
   * signatures can be switched off, as in Firefox ESR.
   */
  static async launch(xpi: Uint8Array, extensionId: string, startPath: string): Promise<FirefoxBrowser> {
    const guard = await startNetworkGuard();
    const profile = mkdtempSync(join(tmpdir(), 'rapport-firefox-'));
    mkdirSync(join(profile, 'extensions'));
    writeFileSync(join(profile, 'extensions', `${extensionId}.xpi`), xpi);
    const proxy = new URL(guard.proxyUrl);
    // Everything not intercepted goes to the recording proxy; the remote agent's recommended prefs already quiet
    // most of Firefox's own traffic.
    writeFileSync(join(profile, 'user.js'), Object.entries({
      'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({[extensionId]: EXTENSION_UUID}),
      'network.proxy.type': 1, 'network.proxy.http': proxy.hostname, 'network.proxy.http_port': Number(proxy.port),
      'network.proxy.ssl': proxy.hostname, 'network.proxy.ssl_port': Number(proxy.port), 'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '', 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false, 'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false, 'app.normandy.enabled': false,
    }).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`).join('\n'));
    const child = spawn(firefoxPath(), ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', FirefoxBrowser.extensionUrl(startPath)],
      {stdio: ['ignore', 'ignore', 'pipe']});
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Firefox did not start its WebDriver BiDi server')), 30_000);
      let output = '';
      child.stderr!.on('data', (chunk) => {
        output += String(chunk);
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`Firefox exited (${code}): ${output.slice(-500)}`)));
    });
    const socket = new WebSocket(`${url}/session`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const browser = new FirefoxBrowser(child, socket, guard, profile);
    await browser.send('session.new', {capabilities: {}});
    await browser.send('session.subscribe', {events: ['network.beforeRequestSent']});
    await browser.send('network.addIntercept', {phases: ['beforeRequestSent']});
    return browser;
  }

  async send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = ++this.nextId;
    const reply = await new Promise<Message>((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({id, method, params}));
    });
    if (reply.type === 'error') throw new Error(`${method}: ${reply.error}: ${reply.message}`);
    return reply.result ?? {};
  }

  static extensionUrl(path: string): string {
    return `moz-extension://${EXTENSION_UUID}/${path}`;
  }

  /** The tab Firefox opened at start-up, on the extension page asked for (once it has loaded). */
  async startPage(): Promise<FirefoxPage> {
    const {contexts} = await this.send('browsingContext.getTree', {}) as {contexts: Array<{context: string}>};
    const page = new FirefoxPage(this, contexts[0]!.context);
    await page.waitFor(`document.readyState === 'complete' && location.protocol === 'moz-extension:'`);
    return page;
  }

  async openFixture(site: Site, fixture: string): Promise<FirefoxPage> {
    const {context} = await this.send('browsingContext.create', {type: 'tab'});
    this.fixtures.set(String(context), {site, fixture});
    await this.send('browsingContext.navigate', {context, url: SITES[site].home, wait: 'complete'});
    return new FirefoxPage(this, String(context));
  }

  /** Requests refused by interception, and whatever reached the proxy that is not Firefox's own. */
  networkAttempts(): string[] {
    const proxied = this.guard.attempts.filter((attempt) => {
      const target = attempt.split(' ')[1] ?? '';
      const host = target.includes('://') ? new URL(target).host : target;
      return !FIREFOX_SERVICES.test(host);
    });
    return [...this.outsideRequests, ...proxied];
  }

  /** The attempts so far, forgotten: for a test that makes one on purpose. */
  takeNetworkAttempts(): string[] {
    const attempts = this.networkAttempts();
    this.outsideRequests.length = 0;
    this.guard.attempts.length = 0;
    return attempts;
  }

  async close(): Promise<void> {
    this.socket.close();
    this.process.kill();
    await new Promise((resolve) => this.process.once('exit', resolve).once('error', resolve));
    await this.guard.close();
    rmSync(this.profile, {recursive: true, force: true});
  }

  private receive(message: Message): void {
    if (message.id !== undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    } else if (message.method === 'network.beforeRequestSent' && message.params?.isBlocked) {
      void this.answer(message.params.request as Request, String(message.params.context ?? ''));
    }
  }

  private async answer(request: Request, context: string): Promise<void> {
    const shown = this.fixtures.get(context);
    const url = new URL(request.url);
    if (!shown || url.origin !== SITES[shown.site].origin) {
      this.outsideRequests.push(`GET ${request.url}`);
      await this.send('network.failRequest', {request: request.request}).catch(() => undefined);
      return;
    }
    const file = url.pathname.startsWith('/fixture-assets/') ? join(FIXTURES, shown.site, basename(url.pathname))
      : url.pathname === '/favicon.ico' ? null : join(FIXTURES, shown.site, shown.fixture);
    const body = file && existsSync(file) ? readFileSync(file, 'utf8') : null;
    await this.send('network.provideResponse', {
      request: request.request, statusCode: body === null ? 404 : 200, reasonPhrase: body === null ? 'Not Found' : 'OK',
      headers: [{name: 'content-type', value: {type: 'string', value: TYPES[extname(file ?? '.html')] ?? 'text/plain'}}],
      ...(body === null ? {} : {body: {type: 'string', value: body}}),
    }).catch(() => undefined);
  }
}

export class FirefoxPage {
  constructor(private readonly browser: FirefoxBrowser, readonly context: string) {}

  /** Evaluate an expression (awaited) in the page and return its JSON-serialisable result. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.browser.send('script.evaluate', {
      target: {context: this.context}, expression: `(async () => JSON.stringify(await (${expression})))()`, awaitPromise: true,
    }) as {type: string; result?: {value?: string}; exceptionDetails?: {text: string}};
    if (result.type === 'exception') throw new Error(`evaluate: ${result.exceptionDetails?.text}`);
    return (result.result?.value === undefined ? undefined : JSON.parse(result.result.value)) as T;
  }

  /** Type as a user does, one key at a time, where the selection is. */
  async type(text: string): Promise<void> {
    const keys = [...text].flatMap((key) => [{type: 'keyDown', value: key}, {type: 'keyUp', value: key}]);
    await this.browser.send('input.performActions', {context: this.context, actions: [{type: 'key', id: 'keyboard', actions: keys}]});
  }

  async click(selector: string): Promise<void> {
    const found = await this.browser.send('script.evaluate', {
      target: {context: this.context}, expression: `document.querySelector(${JSON.stringify(selector)})`, awaitPromise: false,
    }) as {result?: {sharedId?: string}};
    if (!found.result?.sharedId) throw new Error(`click: nothing matches ${selector}`);
    await this.browser.send('input.performActions', {context: this.context, actions: [{type: 'pointer', id: 'mouse', actions: [
      {type: 'pointerMove', x: 0, y: 0, origin: {type: 'element', element: {sharedId: found.result.sharedId}}},
      {type: 'pointerDown', button: 0}, {type: 'pointerUp', button: 0},
    ]}]});
  }

  /** Poll an expression until it is truthy (or time runs out), returning its last value. */
  async waitFor<T>(expression: string, timeout = 10_000): Promise<T> {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate<T>(expression);
      if (value || Date.now() > end) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async close(): Promise<void> {
    await this.browser.send('browsingContext.close', {context: this.context});
  }
}
