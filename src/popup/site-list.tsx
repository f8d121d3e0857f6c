import {useLiveQuery} from 'dexie-react-hooks';
import {t} from '../shared/i18n.ts';
import {database} from '../store/db.ts';
import {SITE_LABELS, summariseSites} from '../ui/site-health.ts';
import {sentence} from '../ui/sentence.tsx';
import {timeAgo} from '../ui/time.ts';

/** Where Rapport is working: what each site's page showed it last, and which parts it stopped finding. */
export function SiteList() {
  const healthRows = useLiveQuery(() => database().siteHealth.toArray(), []);
  const sites = summariseSites(healthRows ?? []);
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('popup_sitesTitle')}</h2>
      {healthRows === undefined ? <p className="muted">{t('ui_loading')}</p>
        : sites.length === 0 ? <p className="muted" data-testid="no-sites">{t('popup_noSites')}</p>
        : (
          <ul className="card plain" data-testid="site-list">
            {sites.map((site) => (
              <li key={site.site} className="site" data-site={site.site}>
                <span>{sentence('popup_siteHeadline', <strong>{SITE_LABELS[site.site]}</strong>, site.headline)}
                  {site.broken.length > 0 && <span className="warn"> · {t('popup_stoppedFinding', site.broken.join(', '))}</span>}
                </span>
                <span className="muted">{timeAgo(site.reportedAt)}</span>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}
