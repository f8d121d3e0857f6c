import {useState} from 'react';
import {send} from '../shared/send.ts';

async function readFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  input.value = '';
  return file ? file.text() : null;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  const link = Object.assign(document.createElement('a'), {href: url, download: name});
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
      <h2 id="data-title">Your data</h2>
      <p className="muted">Everything stays in this browser. Export it to keep a copy or to move it to another computer.</p>
      <div className="row">
        <label className="button">Import a calendar file (.ics)
          <input type="file" accept=".ics,text/calendar" data-testid="import-ics" className="visually-hidden" onChange={(event) => void run(async () => {
            const text = await readFile(event.target);
            if (text === null) return '';
            const result = await send('calendar/importIcs', {text});
            return `Imported ${result.events} events covering ${result.days} days.${result.warnings.length ? ` ${result.warnings.length} could not be read.` : ''}`;
          })()} />
        </label>
        <button type="button" onClick={run(async () => {
          const {json} = await send('data/export', {});
          download(`rapport-export-${new Date().toISOString().slice(0, 10)}.json`, json);
          return 'Exported.';
        })}>Export everything</button>
        <label className="button">Import a Rapport export
          <input type="file" accept=".json,application/json" data-testid="import-export" className="visually-hidden" onChange={(event) => void run(async () => {
            const text = await readFile(event.target);
            if (text === null) return '';
            const {counts} = await send('data/import', {text});
            return `Imported ${Object.values(counts).reduce((sum, count) => sum + count, 0)} records.`;
          })()} />
        </label>
        <button type="button" className="danger" onClick={run(async () => {
          if (!window.confirm('Delete all of Rapport’s data in this browser? This cannot be undone.')) return '';
          await send('data/deleteAll', {});
          return 'Deleted.';
        })}>Delete everything</button>
      </div>
      <p role="status" data-testid="data-status">{message}</p>
    </section>
  );
}
