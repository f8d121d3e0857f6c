import {useEffect, useState} from 'react';
import browser from 'webextension-polyfill';
import {useLiveQuery} from 'dexie-react-hooks';
import {database} from '../store/db.ts';
import {SITE_LABELS} from '../ui/site-health.ts';
import {timeAgo} from '../ui/time.ts';
import {t, uiLanguage} from '../shared/i18n.ts';
import {sentence} from '../ui/sentence.tsx';
import {CaptureControls} from './capture-controls.tsx';

const hookLabel = (strategy: number | null) =>
  strategy === null ? t('options_hookNone') : strategy === 0 ? t('options_hookPreferred') : t('options_hookFallback', strategy);

/** Which parts of each site Rapport last found, and recent errors: what a user (or we) need when Gmail changes. */
export function Diagnostics() {
  const rows = useLiveQuery(() => database().siteHealth.orderBy('[site+part]').toArray(), []);
  const errors = useLiveQuery(() => database().logs.orderBy('id').reverse().limit(20).toArray(), []);
  const [megabytes, setMegabytes] = useState<string>('');
  useEffect(() => {
    const format = new Intl.NumberFormat(uiLanguage(), {minimumFractionDigits: 1, maximumFractionDigits: 1});
    void navigator.storage?.estimate().then(({usage: bytes = 0}) => setMegabytes(format.format(bytes / 1_048_576)));
  }, []);
  const version = browser.runtime.getManifest().version;
  return (
    <section aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('options_diagnosticsTitle')}</h2>
      <p className="muted" data-testid="version">{megabytes ? t('options_versionAndStorage', version, megabytes) : t('options_version', version)}</p>
      <table data-testid="health-table">
        <thead><tr>
          <th>{t('options_healthSite')}</th><th>{t('options_healthPart')}</th><th>{t('options_healthFound')}</th>
          <th>{t('options_healthHook')}</th><th>{t('options_healthLastFound')}</th>
        </tr></thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={`${row.site}/${row.part}`} className={row.count === 0 && row.lastFoundAt ? 'warn' : ''}>
              <td>{SITE_LABELS[row.site]}</td>
              <td><code>{row.part}</code></td>
              <td>{row.count}</td>
              <td>{hookLabel(row.strategy)}</td>
              <td>{row.lastFoundAt ? timeAgo(row.lastFoundAt) : t('options_neverFound')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CaptureControls />
      <h2>{t('options_errorsTitle')}</h2>
      {(errors ?? []).length === 0 ? <p className="muted" data-testid="no-errors">{t('options_noErrors')}</p> : (
        <ul data-testid="error-list">
          {errors!.map((entry) => (
            <li key={entry.id}>{sentence('options_errorEntry', <strong>{entry.source}</strong>, timeAgo(entry.at), entry.message)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
