// The compose panel's "Never for this phrase" and "Turn off the rule": changes to the rules section of the synced
// settings, applied here one after another on what is stored now, so that two panels (or a panel and the options
// page) changing rules at once both count.
import {loadSettings, saveSettings, type Settings} from '../../settings/settings.ts';
import {syncArea} from '../../settings/sync-area.ts';
import {serially} from './serial.ts';

export type RulesChange = {turnOff?: string; silence?: string};

export function changeRules(change: RulesChange): Promise<Settings['rules']> {
  return serially(async () => {
    const {rules} = await loadSettings(syncArea);
    const next = {
      disabled: change.turnOff ? [...new Set([...rules.disabled, change.turnOff])] : rules.disabled,
      ignoredPhrases: change.silence ? [...new Set([...rules.ignoredPhrases, change.silence.toLowerCase()])] : rules.ignoredPhrases,
    };
    await saveSettings(syncArea, {rules: {...rules, ...next}});
    return {...rules, ...next};
  });
}
