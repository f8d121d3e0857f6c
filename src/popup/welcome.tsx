import browser from 'webextension-polyfill';

/** What a new user should do first, in order: Rapport can only coach what it has been shown. */
export function Welcome({hasExecutive}: {hasExecutive: boolean}) {
  return (
    <div className="card welcome" data-testid="welcome">
      <p><strong>Welcome to Rapport.</strong> It has nothing to show yet. To start:</p>
      <ol>
        {!hasExecutive && (
          <li>Say who your executive is in <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">Settings</a>, so
            Rapport knows whose promises and meetings to watch.</li>
        )}
        <li>Write a mail in Gmail. Tone hints appear under the editor, and promises you send (“I’ll send it by Friday”) are tracked here.</li>
        <li>Open your executive’s week in Google Calendar, so Rapport can check the regular catch-ups.</li>
      </ol>
      <p className="muted">Everything stays on this computer.</p>
    </div>
  );
}
