import {useRef, type KeyboardEvent} from 'react';
import {t, textDirection} from '../shared/i18n.ts';
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
    // The tabs run right to left in a right-to-left interface: the arrow keys follow what the user sees.
    const step = textDirection() === 'rtl' ? -1 : 1;
    const moves: Record<string, number> = {ArrowRight: index + step, ArrowLeft: index - step, Home: 0, End: VIEWS.length - 1};
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = VIEWS[(moves[event.key]! + VIEWS.length) % VIEWS.length]!.view;
    onSelect(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('popup_viewsLabel')} className="tabs">
      {VIEWS.map(({view, message}) => {
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
            {t(message)}
          </button>
        );
      })}
    </div>
  );
}
