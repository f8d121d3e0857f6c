// One hint in the panel: what was seen, why it matters, and what the user can do: apply a suggestion (never
// automatic), not now, never for this phrase, turn the rule off.
import type {Nudge, Suggestion} from '../../nlp/index.ts';
import {t} from '../../shared/i18n.ts';
import {nudgeMessage, nudgeNote, suggestionLabel} from '../../shared/rule-text.ts';

export type NudgeHandlers = {
  apply(nudge: Nudge, suggestion: Suggestion): void;
  notNow(nudge: Nudge): void;
  silencePhrase(nudge: Nudge): void;
  turnOffRule(nudge: Nudge): void;
};

function button(label: string, onClick: () => void, className = '', ariaLabel?: string): HTMLButtonElement {
  const element = Object.assign(document.createElement('button'), {type: 'button', textContent: label, className});
  if (ariaLabel) element.setAttribute('aria-label', ariaLabel);
  element.addEventListener('click', onClick);
  return element;
}

export type RenderedNudge = {element: HTMLLIElement; /** Refresh the words of the same hint (its sentence grew). */ update(nudge: Nudge): void};

export function renderNudge(nudge: Nudge, handlers: NudgeHandlers): RenderedNudge {
  const item = document.createElement('li');
  item.dataset.type = nudge.type;
  item.dataset.ruleId = nudge.ruleId;
  item.dataset.fingerprint = nudge.fingerprint;
  const head = document.createElement('div');
  // The rule's words in the user's language; the English the analysis wrote where the catalog has none.
  const message = document.createTextNode(nudgeMessage(nudge));
  head.append(Object.assign(document.createElement('span'), {className: 'mark'}), message);
  item.append(head);
  const why = nudgeNote(nudge);
  if (why) item.append(Object.assign(document.createElement('div'), {className: 'why', textContent: why}));
  const actions = document.createElement('div');
  actions.className = 'actions';
  for (const suggestion of nudge.suggestions ?? []) {
    // The words to write stay as the (English) draft needs them; what the suggestion does is the rule's text.
    const does = suggestionLabel(nudge.ruleId, suggestion);
    const label = suggestion.text ? t('gmail_useSuggestion', suggestion.text) : does;
    const ariaLabel = suggestion.text ? t('gmail_suggestionLabel', does, suggestion.text) : t('gmail_suggestionLabelRemove', does);
    actions.append(button(label, () => handlers.apply(nudge, suggestion), 'suggest', ariaLabel));
  }
  actions.append(button(t('gmail_notNow'), () => handlers.notNow(nudge)));
  if (nudge.actual) actions.append(button(t('gmail_neverFor', nudge.actual.slice(0, 24)), () => handlers.silencePhrase(nudge)));
  actions.append(button(t('gmail_turnOffHint'), () => handlers.turnOffRule(nudge), '', t('gmail_turnOffRuleLabel', nudge.ruleId)));
  item.append(actions);
  return {
    element: item,
    update(next) {
      const words = nudgeMessage(next);
      if (message.data !== words) message.data = words;
      item.dataset.fingerprint = next.fingerprint;
    },
  };
}
