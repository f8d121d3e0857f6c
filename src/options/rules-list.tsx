import {rules, type RuleMeta} from '../nlp/index.ts';
import {defaultSettings, saveSettings} from '../settings/settings.ts';
import {syncArea} from '../settings/sync-area.ts';
import {useSettings} from '../ui/use-settings.ts';
import {t} from '../shared/i18n.ts';
import {ruleDescription, ruleRationale} from '../shared/rule-text.ts';
import {sentence} from '../ui/sentence.tsx';

const exampleText = (example: string | {text: string}) => (typeof example === 'string' ? example : example.text);

const typeLabel = (type: RuleMeta['type']) => (type === 'tone' ? t('options_ruleTypeTone') : t('options_ruleTypeCommitment'));

/** Every hint Rapport can give, what it looks for and why, on or off; and the phrases the user silenced. */
export function RulesList() {
  const settings = useSettings();
  if (!settings) return null;
  const {disabled, ignoredPhrases} = settings.rules;
  const save = (next: Partial<typeof settings.rules>) => void saveSettings(syncArea, {rules: {...settings.rules, ...next}});
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('options_rulesTitle')}</h2>
      <ul className="rules">
        {rules.map((rule) => {
          const on = !disabled.includes(rule.meta.id);
          const rationale = ruleRationale(rule.meta);
          // The examples are English mail, as the analysis reads English only: their labels are translated, they are not.
          const flagged = rule.examples.invalid[0];
          const fine = rule.examples.valid[0];
          return (
            <li key={rule.meta.id} className="card" id={`rule/${rule.meta.id}`}>
              <label>
                <input type="checkbox" checked={on} data-testid={`rule-${rule.meta.id}`}
                  onChange={() => save({disabled: on ? [...disabled, rule.meta.id] : disabled.filter((id) => id !== rule.meta.id)})} />
                {' '}<strong>{ruleDescription(rule.meta)}</strong> <span className="muted">{typeLabel(rule.meta.type)}</span>
              </label>
              {rationale && <p className="muted">{rationale}</p>}
              {defaultSettings.rules.disabled.includes(rule.meta.id) && <p className="muted" data-testid={`rule-off-by-default-${rule.meta.id}`}>{t('options_ruleOffByDefault')}</p>}
              {flagged && <p className="example">{sentence('options_exampleFlagged', <span lang="en">{flagged.text}</span>)}</p>}
              {fine !== undefined && <p className="example">{sentence('options_exampleFine', <span lang="en">{exampleText(fine)}</span>)}</p>}
            </li>
          );
        })}
      </ul>
      <h3>{t('options_silencedTitle')}</h3>
      {ignoredPhrases.length === 0 ? <p className="muted">{t('options_silencedNone')}</p> : (
        <ul data-testid="ignored-phrases">
          {ignoredPhrases.map((phrase) => (
            <li key={phrase}>{sentence('options_silencedPhrase', <span lang="en">{phrase}</span>)} <button type="button" className="link" aria-label={t('options_unsilenceLabel', phrase)}
              onClick={() => save({ignoredPhrases: ignoredPhrases.filter((item) => item !== phrase)})}>{t('options_unsilence')}</button></li>
          ))}
        </ul>
      )}
    </section>
  );
}
