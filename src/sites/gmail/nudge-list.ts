// One hint in the panel: what was seen, why it matters, and what the user can do: apply a suggestion (never
// automatic), not now, never for this phrase, turn the rule off.
import type {Nudge, Suggestion} from '../../nlp/index.ts';

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
  const message = document.createTextNode(nudge.message);
  head.append(Object.assign(document.createElement('span'), {className: 'mark'}), message);
  item.append(head);
  if (nudge.note) item.append(Object.assign(document.createElement('div'), {className: 'why', textContent: nudge.note}));
  const actions = document.createElement('div');
  actions.className = 'actions';
  for (const suggestion of nudge.suggestions ?? []) {
    const label = suggestion.text ? `Use “${suggestion.text}”` : suggestion.desc;
    actions.append(button(label, () => handlers.apply(nudge, suggestion), 'suggest', `${suggestion.desc}: ${suggestion.text || 'remove'}`));
  }
  actions.append(button('Not now', () => handlers.notNow(nudge)));
  if (nudge.actual) actions.append(button(`Never for “${nudge.actual.slice(0, 24)}”`, () => handlers.silencePhrase(nudge)));
  actions.append(button('Turn off this hint', () => handlers.turnOffRule(nudge), '', `Turn off the rule ${nudge.ruleId}`));
  item.append(actions);
  return {
    element: item,
    update(next) {
      if (message.data !== next.message) message.data = next.message;
      item.dataset.fingerprint = next.fingerprint;
    },
  };
}
