// One hint in the panel: what was seen, why it matters, and what the user can do: apply a suggestion (never
// automatic), not now, never for this phrase, turn the rule off.
import type {Hint, Suggestion} from '../../nlp/index.ts';
import {t} from '../../shared/i18n.ts';
import {hintMessage, hintNote, suggestionLabel} from '../../shared/rule-text.ts';

export type HintHandlers = {
  apply(hint: Hint, suggestion: Suggestion): void;
  notNow(hint: Hint): void;
  silencePhrase(hint: Hint): void;
  turnOffRule(hint: Hint): void;
};

function button(label: string, onClick: () => void, className = '', ariaLabel?: string): HTMLButtonElement {
  const element = Object.assign(document.createElement('button'), {type: 'button', textContent: label, className});
  if (ariaLabel) element.setAttribute('aria-label', ariaLabel);
  element.addEventListener('click', onClick);
  return element;
}

export type RenderedHint = {element: HTMLLIElement; /** Refresh the words of the same hint (its sentence grew). */ update(hint: Hint): void};

export function renderHint(hint: Hint, handlers: HintHandlers): RenderedHint {
  const item = document.createElement('li');
  item.dataset.type = hint.type;
  item.dataset.ruleId = hint.ruleId;
  item.dataset.fingerprint = hint.fingerprint;
  const head = document.createElement('div');
  // The rule's words in the user's language; the English the analysis wrote where the catalog has none.
  const message = document.createTextNode(hintMessage(hint));
  head.append(Object.assign(document.createElement('span'), {className: 'mark'}), message);
  item.append(head);
  const why = hintNote(hint);
  if (why) item.append(Object.assign(document.createElement('div'), {className: 'why', textContent: why}));
  const actions = document.createElement('div');
  actions.className = 'actions';
  for (const suggestion of hint.suggestions ?? []) {
    // The words to write stay as the (English) draft needs them; what the suggestion does is the rule's text.
    const does = suggestionLabel(hint.ruleId, suggestion);
    const label = suggestion.text ? t('gmail_useSuggestion', suggestion.text) : does;
    const ariaLabel = suggestion.text ? t('gmail_suggestionLabel', does, suggestion.text) : t('gmail_suggestionLabelRemove', does);
    actions.append(button(label, () => handlers.apply(hint, suggestion), 'suggest', ariaLabel));
  }
  actions.append(button(t('gmail_notNow'), () => handlers.notNow(hint)));
  if (hint.actual) actions.append(button(t('gmail_neverFor', hint.actual.slice(0, 24)), () => handlers.silencePhrase(hint)));
  actions.append(button(t('gmail_turnOffHint'), () => handlers.turnOffRule(hint), '', t('gmail_turnOffRuleLabel', hint.ruleId)));
  item.append(actions);
  return {
    element: item,
    update(next) {
      const words = hintMessage(next);
      if (message.data !== words) message.data = words;
      item.dataset.fingerprint = next.fingerprint;
    },
  };
}
