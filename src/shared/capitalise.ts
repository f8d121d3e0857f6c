/** "confirm the venue" → "Confirm the venue": a promise's words as a title or list item. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
