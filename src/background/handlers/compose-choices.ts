// What the user decides in a compose panel, written by the background (content scripts never write storage).
import {addDismissed} from '../writes/dismissals.ts';
import {changeRules} from '../writes/rules.ts';
import type {Handler} from './handler.ts';

export const hintsDismiss: Handler<'hints/dismiss'> = async ({fingerprint}) => ({dismissed: await addDismissed(fingerprint)});

export const rulesChange: Handler<'rules/change'> = async (change) => {
  const {disabled, ignoredPhrases} = await changeRules(change);
  return {disabled, ignoredPhrases};
};
