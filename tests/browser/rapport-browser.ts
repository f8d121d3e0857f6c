// A real Chromium with the built extension loaded, Gmail and Calendar served from fixtures at their real addresses,
// and no network: the harness every end-to-end test and benchmark uses. Recipe and pitfalls: shared BUILD.md.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {chromium, type BrowserContext, type Page, type Route, type Worker} from 'playwright-core';
import {DIST, FIXTURES, chromiumPath} from './paths.ts';
import {startNetworkGuard, type NetworkGuard} from './network-guard.ts';

export const SITES = {
  gmail: {origin: 'https://mail.google.com', home: 'https://mail.google.com/mail/u/0/#inbox'},
  calendar: {origin: 'https://calendar.google.com', home: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23'},
} as const;
export type Site = keyof typeof SITES;

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
  // Chromium's own services, which would otherwise call Google from a test browser: the autofill server (our
  // fixtures have forms), Google-account checks on google.com hosts, the extension updater, and preconnects.
  '--disable-features=AutofillServerCommunication,MirrorAccountConsistency,DiceWebSigninInterception,NetworkPrediction,NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter',
  '--extensions-update-frequency=31536000', '--dns-prefetch-disable', '--no-pings', '--disable-domain-reliability',
  '--disable-client-side-phishing-detection', '--disable-breakpad', '--metrics-recording-only',
];
const TYPES: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png'};

export type LaunchOptions = {
  headless?: boolean;
  withExtension?: boolean;
  /** Let the extension be reloaded (chrome.runtime.reload, as an update does). Chromium disables a reloaded
   * command-line extension ("unsupported developer extension") unless the profile is in developer mode, and
   * Playwright's default --disable-extensions would block it too. */
  reloadable?: boolean;
  /** Reuse a profile (to test a browser restart); it is then left on disk for the caller to remove. */
  userDataDir?: string;
  /** The built extension to load: dist/ by default, dist-bench/ for benchmarks, dist-test/ for the e2e suite. */
  extensionDir?: string;
  /**
   * The browser's interface language ("es", "ar"), which picks the extension's catalog. Chromium on Linux reads it
   * from the environment, not from a flag, and has only English unless Debian's chromium-l10n is installed.
   */
  language?: string;
};

export class RapportBrowser {
  /** Requests that reached neither a fixture nor the extension: each one is a broken privacy promise (or a test bug). */
  readonly outsideRequests: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string | null,
    private readonly guard: NetworkGuard,
    /** The profile to remove on close; null when the caller owns it. */
    private readonly ownedProfile: string | null,
  ) {}

  static async launch({headless = true, withExtension = true, userDataDir: profile, extensionDir = DIST, language, reloadable = false}: LaunchOptions = {}): Promise<RapportBrowser> {
    const guard = await startNetworkGuard();
    const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'rapport-chromium-'));
    if (reloadable && !profile) {
      mkdirSync(join(userDataDir, 'Default'), {recursive: true});
      writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({extensions: {ui: {developer_mode: true}}}));
    }
    const extensionArgs = withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless,
      args: [...CHROMIUM_ARGS, ...extensionArgs],
      ...(reloadable ? {ignoreDefaultArgs: ['--disable-extensions']} : {}),
      proxy: {server: guard.proxyUrl},
      viewport: {width: 1280, height: 800},
      locale: language ?? 'en-US',
      ...(language ? {env: {...process.env, LANGUAGE: language}} : {}),
      timezoneId: 'America/Chicago',
    });
    let extensionId: string | null = null;
    if (withExtension) {
      const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', {timeout: 15_000});
      extensionId = new URL(worker.url()).host;
    }
    const browser = new RapportBrowser(context, extensionId, guard, profile ? null : userDataDir);
    // Only the web: the extension's own chrome-extension:// files must load untouched.
    await context.route(/^(https?|ftp):/, (route) => browser.refuse(route));
    await context.routeWebSocket(/.*/, (socket) => {
      browser.outsideRequests.push(`WEBSOCKET ${socket.url()}`);
      return socket.close({code: 1008, reason: 'Rapport tests: network is off'});
    });
    return browser;
  }

  /**
   * Every network attempt not explained by a fixture: all requests the routes refused (pages, content scripts, the
   * service worker and extension pages all pass through them), plus whatever reached the proxy that is not one of
   * Chromium's own services. Those services run below the extension system, where routes can't see them; an
   * extension's request to the same hosts would have been caught by the routes first.
   */
  networkAttempts(): string[] {
    return [...this.outsideRequests, ...this.guard.attempts.filter((attempt) => !isChromiumOwnService(attempt))];
  }

  private refuse(route: Route): Promise<void> {
    this.outsideRequests.push(`${route.request().method()} ${route.request().url()}`);
    return route.abort('blockedbyclient');
  }

  /**
   * Open a fixture (tests/fixtures/<site>/<fixture>) at the site's real address. Page routes outrank the context's
   * refusal, so only this page gets this fixture; its stylesheet is served from the same folder; Chromium's own
   * favicon probe is answered empty; anything else on the site's origin counts as an outside request.
   */
  async openFixture(site: Site, fixture: string, options: {page?: Page; url?: string} = {}): Promise<Page> {
    const page = options.page ?? await this.context.newPage();
    const {origin, home} = SITES[site];
    await page.route(`${origin}/**`, (route) => {
      const request = route.request();
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/fixture-assets/')) return fulfilFile(route, join(FIXTURES, site, basename(path)));
      if (path === '/favicon.ico') return route.fulfill({status: 204});
      if (request.resourceType() === 'document') return fulfilFile(route, join(FIXTURES, site, fixture));
      return this.refuse(route);
    });
    await page.goto(options.url ?? home);
    return page;
  }

  extensionUrl(path: string): string {
    if (!this.extensionId) throw new Error('launched without the extension');
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  /** The popup, opened as a tab (it can't be clicked open) at the size Chrome gives it. */
  async openPopup(): Promise<Page> {
    const page = await this.context.newPage();
    await page.setViewportSize({width: 380, height: 560});
    await page.goto(this.extensionUrl('src/popup/index.html'));
    return page;
  }

  async openOptions(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.extensionUrl('src/options/index.html'));
    return page;
  }

  serviceWorker(): Worker | undefined {
    return this.context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${this.extensionId}/`));
  }

  /** Stop the extension's service worker through the DevTools protocol, as Chrome does after 30 s idle. */
  async stopServiceWorker(): Promise<void> {
    const page = await this.context.newPage();
    try {
      const session = await this.context.newCDPSession(page);
      const {targetInfos} = await session.send('Target.getTargets');
      const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${this.extensionId}/`));
      if (!worker) throw new Error('no running service worker to stop');
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.detach();
    } finally {
      await page.close();
    }
  }

  /** Run `work` in a fresh extension page (the popup's origin), for calls to chrome.* APIs. */
  async inExtensionPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.context.newPage();
    try {
      await page.goto(this.extensionUrl('src/options/index.html'));
      return await work(page);
    } finally {
      await page.close();
    }
  }

  /** Read a table of the background's database from an extension page (same origin), without Dexie. */
  async readTable<T = unknown>(table: string): Promise<T[]> {
    const page = await this.context.newPage();
    try {
      await page.goto(this.extensionUrl('src/options/index.html'));
      return await page.evaluate(readIndexedDbTable, table) as T[];
    } finally {
      await page.close();
    }
  }

  /** Put records straight into one table, as the background would have stored them (to set up a test's data). */
  async writeRows(table: string, rows: unknown[]): Promise<void> {
    const page = await this.context.newPage();
    try {
      await page.goto(this.extensionUrl('src/options/index.html'));
      await page.evaluate(writeIndexedDbRows, {table, rows});
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.guard.close();
    if (this.ownedProfile) rmSync(this.ownedProfile, {recursive: true, force: true});
  }
}

// Chromium's own services (updater and component downloads, clock, account checks, safe browsing, autofill) and the
// speculative CONNECTs it opens to the sites we route. They run below the extension system, where routes can't see
// them, and some run despite the flags above (seen on Debian's Chromium 156). An extension request to these hosts
// would still be caught: routes see it before it can reach the proxy.
const CHROMIUM_SERVICE = /^(CONNECT|GET|POST|HEAD) (https?:\/\/)?([a-z0-9-]+\.)*(gvt1\.com|update\.googleapis\.com|clients2\.google\.com|accounts\.google\.com|safebrowsing\.googleapis\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com|dl\.google\.com|(mail|calendar)\.google\.com:443)\b/;
const isChromiumOwnService = (attempt: string) => CHROMIUM_SERVICE.test(attempt);

function fulfilFile(route: Route, path: string): Promise<void> {
  const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
  return route.fulfill({status: 200, contentType: type, body: readFileSync(path)});
}

/** Runs in the page: every record of one object store of the 'rapport' database. */
function readIndexedDbTable(table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rapport');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction(table, 'readonly').objectStore(table).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Runs in the page: put records into one object store of the 'rapport' database (opened by the page first). */
function writeIndexedDbRows({table, rows}: {table: string; rows: unknown[]}): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rapport');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction(table, 'readwrite');
      for (const row of rows) transaction.objectStore(table).put(row);
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}
