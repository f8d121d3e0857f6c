// Messages the background sends to a tab's content script (the other direction from messages.ts).

export type TabMessage = {rapport: 1; tab: 'toggleHints'};

export function isTabMessage(value: unknown): value is TabMessage {
  return typeof value === 'object' && value !== null && (value as TabMessage).rapport === 1 && (value as TabMessage).tab === 'toggleHints';
}

/** The manifest's command name for the keyboard shortcut. */
export const TOGGLE_HINTS_COMMAND = 'toggle-hints';
