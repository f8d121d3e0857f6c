// What makes a "will" a promise and not a forecast, a hope, a guess or a courtesy. Real mail is full of "I don't
// think I will have to…", "hopefully we'll…", "if we win we will…", "if you have any questions I'll be happy to
// help": none of them commits the writer to an act the reader can hold them to.

// Said before the subject in its clause: the writer reports a belief or a wish, not an undertaking.
// A condition on an event is still a promise ("If the venue confirms, I'll send the deposit"); a condition on the
// reader's need is a courtesy (STANDING_OFFER).
const BELIEF = /\b(?:(?:am|are|['’]m|['’]re|feel|fairly|pretty|quite)\s+(?:confident|certain|optimistic)|hope|hopefully|hoping|think|thought|believe|guess|suppose|assume|expect|doubt|imagine|bet|suspect|afraid|fear|wonder|probably|likely|maybe|perhaps|possibly|presumably|assuming|surely|whether|chances\s+are|odds\s+are|looks\s+like|seems|appears|tentatively|not\s+sure|unsure)\b/i;
// Said after the subject: "we will probably…", "I will likely…", "I'll see", "we'll need to".
const HEDGED_AFTER = /^\s*(?:probably|likely|possibly|presumably|maybe|perhaps|hopefully|eventually|soon be)\b/i;
// A courtesy that waits on the reader's need: "if you have any questions, I'll be glad to help". Not the writer's own
// questions: "I will try to email you any questions I have tomorrow" (twenty-second development sheet).
// ("Send me the other RC and I will add it", "let me know your thoughts and I will enter it" promise a specific act.)
const STANDING_OFFER = /\b(?:give\s+(?:me|us)\b.{0,30}\bcall|call\s+me|e-?mail\s+me|contact\s+(?:me|us))\b.{0,40}\band\s+(?:i|we)(?:['’]ll|\s+will|\s+can)\b|\bif\s+(?:you|anyone|there)\s+(?:(?:have|has)(?!\s+(?:already\s+)?\w+ed\b)|need|needs|want|wants|would\s+like|require|requires|wish|(?:are|is)\s+(?:interested|available|free|around|in\s+town|curious|unable|not\s+able)|run\s+into|get)\b|\b(?:happy|glad|pleased|available|delighted)\s+to\s+(?:help|assist|answer|discuss|talk|chat|meet|explain|provide\s+(?:more|further|additional)|clarify)\b|\bany\s+(?:questions|help)\b(?!\s+(?:i|we)\s+(?:have|had|may|might|still))/i;

/** The clause before the subject holds a belief, hope or condition ("I don't think I will…", "If we win, we'll…"). */
export function hedgedBefore(clauseBeforeSubject: string): boolean {
  return BELIEF.test(clauseBeforeSubject);
}

/** "will probably", "will likely": a forecast. */
export function hedgedAfter(textAfterModal: string): boolean {
  return HEDGED_AFTER.test(textAfterModal);
}

export function isStandingOffer(sentence: string): boolean {
  return STANDING_OFFER.test(sentence);
}
