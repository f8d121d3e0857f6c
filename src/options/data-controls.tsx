import {useState} from 'react';
import {send} from '../shared/send.ts';
import {t, tCount} from '../shared/i18n.ts';
import {database} from '../store/db.ts';
import {exportParts} from '../store/export-parts.ts';
import {download} from './download.ts';
import {importInPieces} from './import-in-pieces.ts';
import {importSummary} from './import-summary.ts';

async function readFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  input.value = '';
  return file ? file.text() : null;
}

/** The user's data: a calendar file in, everything out and back in, or gone. Results are said in words. */
export function DataControls() {
  const [message, setMessage] = useState('');
  const run = (work: () => Promise<string>) => async () => {
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(error instanceof Error ? error.message.replace(/^[\w/]+: /, '') : String(error));
    }
  };
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('options_dataTitle')}</h2>
      <p className="muted">{t('options_dataIntro')}</p>
      <div className="row">
        <label className="button">{t('options_importIcs')}
          <input type="file" accept=".ics,text/calendar" data-testid="import-ics" className="visually-hidden" onChange={(event) => void run(async () => {
            const text = await readFile(event.target);
            if (text === null) return '';
            return importSummary(await send('calendar/importIcs', {text}));
          })()} />
        </label>
        <button type="button" onClick={run(async () => {
          // Read here, in parts, and saved as a Blob: no runtime message, so no 64 MB cap on the file.
          const parts = await exportParts(database());
          download(`rapport-export-${new Date().toISOString().slice(0, 10)}.json`, parts, 'application/json');
          return t('options_exported');
        })}>{t('options_exportAll')}</button>
        <label className="button">{t('options_importExport')}
          <input type="file" accept=".json,application/json" data-testid="import-export" className="visually-hidden" onChange={(event) => void run(async () => {
            const text = await readFile(event.target);
            if (text === null) return '';
            const counts = await importInPieces(text);
            return tCount('options_importedRecords', Object.values(counts).reduce((sum, count) => sum + count, 0));
          })()} />
        </label>
        <button type="button" className="danger" onClick={run(async () => {
          if (!window.confirm(t('options_deleteConfirm'))) return '';
          await send('data/deleteAll', {});
          return t('options_deleted');
        })}>{t('options_deleteAll')}</button>
      </div>
      <p role="status" data-testid="data-status">{message}</p>
    </section>
  );
}
