import {useEffect, useState} from 'react';
import browser from 'webextension-polyfill';
import {useLiveQuery} from 'dexie-react-hooks';
import {database} from '../store/db.ts';
import {SITE_LABELS} from '../ui/site-health.ts';
import {timeAgo} from '../ui/time.ts';

/** Which parts of each site Rapport last found, and recent errors: what a user (or we) need when Gmail changes. */
export function Diagnostics() {
  const rows = useLiveQuery(() => database().siteHealth.orderBy('[site+part]').toArray(), []);
  const errors = useLiveQuery(() => database().logs.orderBy('id').reverse().limit(20).toArray(), []);
  const [usage, setUsage] = useState<string>('');
  useEffect(() => {
    void navigator.storage?.estimate().then(({usage: bytes = 0}) => setUsage(`${(bytes / 1_048_576).toFixed(1)} MB stored`));
  }, []);
  return (
    <section aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Diagnostics</h2>
      <p className="muted" data-testid="version">Version {browser.runtime.getManifest().version}{usage && `, ${usage}`}. Counts only: no page content is kept.</p>
      <table data-testid="health-table">
        <thead><tr><th>Site</th><th>Part</th><th>Found</th><th>Hook</th><th>Last found</th></tr></thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={`${row.site}/${row.part}`} className={row.count === 0 && row.lastFoundAt ? 'warn' : ''}>
              <td>{SITE_LABELS[row.site]}</td>
              <td><code>{row.part}</code></td>
              <td>{row.count}</td>
              <td>{row.strategy === null ? 'none' : row.strategy === 0 ? 'preferred' : `fallback ${row.strategy}`}</td>
              <td>{row.lastFoundAt ? timeAgo(row.lastFoundAt) : 'never'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Recent errors</h2>
      {(errors ?? []).length === 0 ? <p className="muted" data-testid="no-errors">None.</p> : (
        <ul data-testid="error-list">
          {errors!.map((entry) => (
            <li key={entry.id}><strong>{entry.source}</strong> {timeAgo(entry.at)}: {entry.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
