// Sentences with elements inside them ("Say who your executive is in [Settings], so …", "From [09:00] to [17:30]"):
// the whole sentence is one message, so each language puts the elements where its word order wants them. The
// elements are passed as $1..$9 and the message is cut around them; an element the translation forgot is appended,
// not lost.
import {Fragment, type ReactNode} from 'react';
import {t, type MessageKey} from '../shared/i18n.ts';

const FIRST_MARK = 0xe000; // private-use characters: never in a message, passed through getMessage unchanged
const MARKS = /([\ue000-\ue008])/;

/** The message `key` with `parts` (elements or text) at its `$1`..`$9`, as React children. */
export function sentence(key: MessageKey, ...parts: ReactNode[]): ReactNode[] {
  const text = t(key, ...parts.map((_, index) => String.fromCharCode(FIRST_MARK + index)));
  const placed = new Set<number>();
  const children: ReactNode[] = [];
  text.split(MARKS).forEach((piece, position) => {
    if (MARKS.test(piece)) {
      const slot = piece.charCodeAt(0) - FIRST_MARK;
      if (slot < parts.length && !placed.has(slot)) children.push(<Fragment key={`part-${slot}`}>{parts[slot]}</Fragment>);
      placed.add(slot);
    } else if (piece !== '') {
      children.push(<Fragment key={`text-${position}`}>{piece}</Fragment>);
    }
  });
  parts.forEach((part, slot) => {
    if (!placed.has(slot)) children.push(<Fragment key={`part-${slot}`}> {part}</Fragment>);
  });
  return children;
}
