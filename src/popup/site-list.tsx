import {useLiveQuery} from 'dexie-react-hooks';
import {database} from '../store/db.ts';
import {SITE_LABELS, summariseSites} from '../ui/site-health.ts';
import {timeAgo} from '../ui/time.ts';

/** Where Rapport is working: what each site's page showed it last, and which parts it stopped finding. */
export function SiteList() {
  const healthRows = useLiveQuery(() => database().siteHealth.toArray(), []);
  const sites = summariseSites(healthRows ?? []);
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Where Rapport is working</h2>
      {healthRows === undefined ? <p className="muted">Loading…</p>
        : sites.length === 0 ? <p className="muted" data-testid="no-sites">Not seen Gmail or Calendar yet. Open either in a tab.</p>
        : (
          <ul className="card plain" data-testid="site-list">
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
  );
}
