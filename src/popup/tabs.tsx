import {useRef, type KeyboardEvent} from 'react';
import {VIEWS, type View} from './route.ts';

export const tabId = (view: View) => `tab-${view}`;
export const panelId = (view: View) => `panel-${view}`;

/**
 * The view switcher, as the ARIA tabs pattern: one tab stop, arrow keys (and Home/End) move between tabs and show
 * the view at once, since every view is quick to draw.
 */
export function ViewTabs({current, onSelect}: {current: View; onSelect: (view: View) => void}) {
  const buttons = useRef(new Map<View, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = VIEWS.findIndex((entry) => entry.view === current);
    const moves: Record<string, number> = {ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: VIEWS.length - 1};
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = VIEWS[(moves[event.key]! + VIEWS.length) % VIEWS.length]!.view;
    onSelect(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label="Rapport views" className="tabs">
      {VIEWS.map(({view, label}) => {
        const selected = view === current;
        return (
          <button key={view} type="button" role="tab" id={tabId(view)} aria-selected={selected}
            // Only the shown panel exists, so only its tab may point at it.
            aria-controls={selected ? panelId(view) : undefined} tabIndex={selected ? 0 : -1}
            ref={(element) => {
              if (element) buttons.current.set(view, element);
              else buttons.current.delete(view);
            }}
            onClick={() => onSelect(view)} onKeyDown={onKeyDown}>
            {label}
          </button>
        );
      })}
    </div>
  );
}
