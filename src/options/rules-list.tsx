import {rules} from '../nlp/index.ts';
import {saveSettings} from '../settings/settings.ts';
import {syncArea} from '../settings/sync-area.ts';
import {useSettings} from '../ui/use-settings.ts';

const exampleText = (example: string | {text: string}) => (typeof example === 'string' ? example : example.text);

/** Every hint Rapport can give, what it looks for and why, on or off; and the phrases the user silenced. */
export function RulesList() {
  const settings = useSettings();
  if (!settings) return null;
  const {disabled, ignoredPhrases} = settings.rules;
  const save = (next: Partial<typeof settings.rules>) => void saveSettings(syncArea, {rules: {...settings.rules, ...next}});
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Hints</h2>
      <ul className="rules">
        {rules.map((rule) => {
          const on = !disabled.includes(rule.meta.id);
          const flagged = rule.examples.invalid[0];
          const fine = rule.examples.valid[0];
          return (
            <li key={rule.meta.id} className="card" id={`rule/${rule.meta.id}`}>
              <label>
                <input type="checkbox" checked={on} data-testid={`rule-${rule.meta.id}`}
                  onChange={() => save({disabled: on ? [...disabled, rule.meta.id] : disabled.filter((id) => id !== rule.meta.id)})} />
                {' '}<strong>{rule.meta.description}</strong> <span className="muted">({rule.meta.type})</span>
              </label>
              {rule.meta.rationale && <p className="muted">{rule.meta.rationale}</p>}
              {flagged && <p className="example">Hints on: “{flagged.text}”</p>}
              {fine !== undefined && <p className="example">Not on: “{exampleText(fine)}”</p>}
            </li>
          );
        })}
      </ul>
      <h3>Silenced phrases</h3>
      {ignoredPhrases.length === 0 ? <p className="muted">None. Choose “Never for …” on a hint in Gmail to add one.</p> : (
        <ul data-testid="ignored-phrases">
          {ignoredPhrases.map((phrase) => (
            <li key={phrase}>“{phrase}” <button type="button" className="link" aria-label={`Hint again on ${phrase}`}
              onClick={() => save({ignoredPhrases: ignoredPhrases.filter((item) => item !== phrase)})}>Hint again</button></li>
          ))}
        </ul>
      )}
    </section>
  );
}
