import browser from 'webextension-polyfill';
import {useLiveQuery} from 'dexie-react-hooks';
import {database} from '../store/db.ts';
import {SITE_LABELS, summariseSites} from '../ui/site-health.ts';
import {timeAgo} from '../ui/time.ts';
import {NowList} from './now-list.tsx';

/** `#/nudge/<id>`: where a notification click leads, to show that nudge. */
function focusedNudge(): string | null {
  const match = /^#\/nudge\/(.+)$/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** The popup: what needs the user now, and what Rapport can see. Reads the store live, so it updates by itself. */
export function Popup() {
  const healthRows = useLiveQuery(() => database().siteHealth.toArray(), []);
  const sites = summariseSites(healthRows ?? []);
  return (
    <main>
      <header>
        <h1 className="brand">Rapport</h1>
        <span className="muted">Private coaching, on this computer only.</span>
      </header>

      <section aria-labelledby="now-title">
        <h2 id="now-title">Now</h2>
        <NowList focusId={focusedNudge()} />
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Where Rapport is working</h2>
        {healthRows === undefined ? <p className="muted">Loading…</p>
          : sites.length === 0 ? <p className="muted" data-testid="no-sites">Not seen Gmail or Calendar yet. Open either in a tab.</p>
          : (
            <ul className="card" style={{listStyle: 'none', paddingLeft: 12}} data-testid="site-list">
              {sites.map((site) => (
                <li key={site.site} className="site" data-site={site.site}>
                  <span><strong>{SITE_LABELS[site.site]}</strong>: {site.headline}
                    {site.broken.length > 0 && <span className="warn"> · stopped finding {site.broken.join(', ')}</span>}
                  </span>
                  <span className="muted">{timeAgo(site.reportedAt)}</span>
                </li>
              ))}
            </ul>
          )}
      </section>

      <footer>
        <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">Settings and diagnostics</a>
      </footer>
    </main>
  );
}
