// Promises with no "I" in them, as busy writers make them: "Will send it tomorrow", "Will advise after the
// meeting", "The agenda will be emailed separately", "Details to follow", "I'm on it".
import type {Token} from '../text.ts';
import {isBaseVerb} from '../lexicons/sets.ts';
import {DATE_CUE as DATE_CUE_AFTER} from '../lexicons/time.ts';

export type Agentless = {actionStart: number};

// Acts a sender does to a document or a meeting on the reader's behalf: passives of these are the writer's.
// "Call-in number to be forwarded" promises; "intended to be reviewed", "need to be filed" do not.
// Not "paid" or "reimbursed": "severance payments will be paid before the termination date" states a schedule.
const DELIVERED = /\b(?:(?<!\b(?:that|which)\s)(?:will|shall)\s+be|(?<!\b(?:intended|need|needs|needed|going|has|have|had|is|are|was|were|be|expected|anticipated|projected|estimated|slated|supposed|scheduled|targeted|likely|due|ready|able|want|wants|seems?|appears?|used)\s)to\s+be)\s+(?:(?:sent|e-?mailed|forwarded|circulated|distributed|provided|shared|posted|mailed|faxed|delivered|scheduled|arranged|set\s+up|confirmed|updated|issued|returned|processed|finali[sz]ed|completed|prepared|reviewed|booked|organi[sz]ed|filed|signed|wired|copied|posted)\b)/i;
// "I've changed both deals to be confirmed": done, whatever the passive after it.
// ("I have made arrangements for the curves to be updated daily": irregular pasts too, nineteenth development sheet.)
const ALREADY_DONE = /^\W*(?:i|we)(?:['’]ve|\s+have|\s+had)\s+(?:already\s+|just\s+|also\s+)?(?:\w+ed|made|set|put|sent|done|got|gotten|taken|given|told)\b/i;
const TO_FOLLOW = /\b(?:details|detail|more|info|information|agenda|invite|invitation|confirmation|minutes|notes|summary|update|updates|specifics|particulars|documents?|contract|draft|pricing|numbers|figures|materials?|names)\s+(?:will\s+)?to\s+(?:follow|come)\b|\bmore\s+(?:later|soon)\b(?!\s*,\s*$)|^\s*to\s+follow\b(?![\s-]*up)|\b(?:more|further)\s+(?:information|info|details)\s+will\s+(?:follow|come)\b/i;
// ("More later," closing a note is a sign-off; "To follow-up on NEPOOL matters --" opens a topic.)
// "The balance of the document will follow end of today": a thing of the writer's side, with its day.
// "An agenda will soon follow", "My tiering thing will follow shortly" (sixteenth development sheet).
const WILL_FOLLOW = /\b(?:balance|rest|remainder|details|draft|documents?|contract|report|numbers|figures|invoice|agenda|minutes|summary|update|copy|copies|proforma|pro-forma|schedule|spreadsheet|statement|proposal|quote|thing|memo|note|list|file|analysis|piece)\b[^.;]{0,40}\bwill\s+(?:soon\s+|shortly\s+)?(?:follow|go\s+out)\b/i;
const ON_IT = /^(?:i['’]?m|i\s+am|we['’]re|we\s+are)?\s*on\s+it\b/i;
// "The day will begin at 8:30 and will be completed by 4": an event's schedule, not a delivery.
const EVENT = /^(?:day|days|meeting|event|session|conference|program|programme|class|course|seminar|workshop|call|party|lunch|dinner|training|presentation|game|trip|week|evening|morning|afternoon)$/;
const NOT_WRITER = /^(?:you|your|he|his|she|her|they|their)$/i;
const GAINS = /^(?:learn|become|gain|enjoy|experience|understand|know|need|want|like|love|miss|feel|benefit|grow|earn|receive|hear|get|be)$/;
// Things handed over, which an event or a meeting never is: "Details on the location for the meeting will be sent".
const HANDED_OVER = /^(?:sent|e-?mailed|forwarded|circulated|distributed|provided|shared|mailed|faxed|delivered)$/i;
// "You will receive a response as soon as practical": the writer's side answers, said from the reader's. Not "You will
// receive a confirmation email shortly": a system's notice.
const YOU_WILL_RECEIVE = /\byou\s+will\s+(?:receive|get|be\s+receiving|be\s+getting)\s+(?:a|an|the|our|my)\s+(?:\w+\s+)?(?:response|reply|answer|call|update|check|cheque|refund|quote|proposal|contract)\b/i;
// "Attached are the certificates to be issued…": the passive describes what is attached, done in this mail.
const DESCRIBES_ATTACHMENT = /^\W*(?:attached|enclosed|here\s+(?:is|are))\b/i;

// "Will get back to you", "Will get it to you Monday": a "get" done for the reader is an act, not a gain (missed on the
// fifteenth development sheet).
const GETS_FOR_READER = /^\W*will\s+get\s+(?:back\s+to\s+(?:you|u)\b|(?:it|this|that|them|these|those|something)\s+(?:\w+\s+){0,2}to\s+(?:you|u)\b|(?:you|u)\s+(?:the|a|an|my|our|those|these|that|this|it|them|some)\b)/i;

// "The 14th works for me", "5:00 pm is fine tomorrow", "Next Wed it is", "Either the 5th or the 6th will work": a day
// the reader offered, taken, so the writer now owes being there (missed on six judged sheets).
const TAKES_DAY = /^\W*(?:(?:yes|sure|ok|okay|great|perfect)\W+)?(?:either\s+)?(\w(?:[^.;:!?,]|:(?=\d)){0,39}?)\s+(?:works?|would\s+work|will\s+work|is\s+(?:fine|good|great|perfect|ok|okay)|it\s+is)\b(?:\s+(?:for|with)\s+(?:me|us))?(?:\s+(?:tom+or+ow|today|tonight|then|too|as\s+well))?\s*(?:[.!,]|$)/i;

function takesDay(text: string): boolean {
  const m = TAKES_DAY.exec(text);
  // The day is what is taken: "that works for me" or "the plan is fine" takes no day.
  // Nor does a clause with a subject of its own: "I hope your weekend is great!".
  return m !== null && DATE_CUE_AFTER.test(m[1]!) && !/\b(?:it|this|that|which|what|everything|anything|i|you|your|we|our|he|she|they|their|hope|hoping)\b/i.test(m[1]!);
}

export function detectAgentless(text: string, tokens: Token[]): Agentless | null {
  if (/\?\s*$/.test(text)) return null;
  const first = tokens[0];
  if (!first) return null;
  if (takesDay(text)) return {actionStart: first.start};
  // "Will send it tomorrow": a sentence opening on "will" and a verb, with the "I" left out. "Will learn a great deal
  // about pricing", "Will become a guru": what someone will gain, listed as a benefit, not an act for the reader.
  if (first.lower === 'will' && tokens[1] && (!GAINS.test(tokens[1].lower) || GETS_FOR_READER.test(text)) && (isBaseVerb(tokens[1].lower) || tokens[1].lower === 'advise' || tokens[1].lower === 'be' && tokens[2]?.lower === 'in')) {
    return {actionStart: tokens[1].start};
  }
  // "…could have a large impact, will keep you posted": a report-back promise opening a later clause.
  // "…, but will update you as I receive more information" (twenty-first development sheet).
  const later = /[,;:–—-]\s*(?:and\s+|but\s+)?will\s+(keep\s+(?:you|u|everyone|all)\s+(?:posted|informed|advised|updated)|let\s+(?:you|u)\s+know|get\s+back\s+to\s+(?:you|u)|update\s+(?:you|u|everyone|all)|follow\s+up|advise|revert|report\s+back)\b/i.exec(text);
  if (later) return {actionStart: later.index + later[0].length - later[1]!.length};
  // "I am getting the complaint, will have it sent to you": the "I" of the first clause carries on.
  const carried = /^\s*(?:i|i['’]m|i\s+am|we|we['’]re)\b[^.;!?]{0,120}?,\s*(?:and\s+)?will\s+(\w+)/i.exec(text);
  if (carried && (isBaseVerb(carried[1]!.toLowerCase()) || carried[1]!.toLowerCase() === 'have')) return {actionStart: carried.index + carried[0].length - carried[1]!.length};
  // "So I am mailing it to you", "we're sending the contract over today": a delivery under way is a promise.
  const under = /^\W*(?:so\s+)?(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:now\s+|still\s+)?(sending|mailing|faxing|forwarding|e-?mailing|couriering|shipping|bringing|attaching)\b.{0,60}\b(?:you|over|along|out|today|tomorrow)\b/i.exec(text);
  // Sending, forwarding or attaching by e-mail is usually this very mail ("I am sending you my resume"): done, not
  // owed, unless a later time or a separate mail is named.
  const byThisMail = under && /^(?:sending|forwarding|e-?mailing|attaching)$/i.test(under[1]!) && !/\b(?:tomorrow|later|separately|separate\s+(?:cover|e-?mail)|tonight|next|shortly|soon|out|this\s+(?:afternoon|evening))\b/i.test(text);
  if (under && !byThisMail) return {actionStart: under.index + under[0].indexOf(under[1]!)};
  // "I'm still checking on the tape issue", "we are looking into it": an answer under way, owed when found.
  // "OK, I'm getting the meetings set up", "we are putting a timeline together for it" (twenty-first development sheet).
  const checking = /^\W*(?:(?:ok|okay|yes|sure)\W+)?(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:still\s+|now\s+|also\s+)?(checking\s+(?:on|into|with)|looking\s+(?:on|into)|setting\s+up|tracking\s+(?:\w+\s+)?down|auditing|investigating|researching|arranging\s+(?:it\s+|this\s+|that\s+)?with|getting\s+(?:the\s+|a\s+|it\s+|this\s+|that\s+|them\s+)?(?:\w+\s+){0,2}set\s+up|putting\s+(?:the\s+|a\s+|an\s+|it\s+|this\s+|that\s+|them\s+)?(?:\w+\s+){0,2}together)\b/i.exec(text)
    ?? /\bi\s*(?:am|['’]m)\s+(?:also\s+)?(arranging\s+(?:it\s+|this\s+|that\s+)?with)\b/i.exec(text);
  if (checking) return {actionStart: checking.index + checking[0].indexOf(checking[1]!)};
  if (ON_IT.test(text.trim()) && tokens.length <= 6) return {actionStart: (tokens.find((t) => t.lower === 'on') ?? first).start};
  const follows = WILL_FOLLOW.exec(text);
  // "A memo will be going out with the attendees": a notice from the writer's side, day or not.
  const goesOut = /\b(?:memo|notice|invitation|invite|agenda|announcement|letter)\b[^.;]{0,30}\bwill\s+(?:soon\s+|shortly\s+)?(?:be\s+going\s+out|go\s+out|be\s+sent\s+out)\b/i.exec(text);
  if (goesOut) return {actionStart: goesOut.index};
  // "Details on time and location will follow": details promised, day or not (the "details to follow").
  if (follows && /^(?:details|agenda|minutes|information|info)\b/i.test(follows[0])) return {actionStart: follows.index};
  if (follows && (DATE_CUE_AFTER.test(text.slice(follows.index)) || /\b(?:soon|shortly)\b/i.test(follows[0] + text.slice(follows.index + follows[0].length)))) return {actionStart: follows.index};
  const follow = TO_FOLLOW.exec(text);
  // "More to come." alone signs off; it names nothing to deliver.
  if (follow && !/^\W*more\s+to\s+come\W*$/i.test(text)) return {actionStart: follow.index + (/^\s/.test(follow[0]) ? 1 : 0)};
  const received = YOU_WILL_RECEIVE.exec(text);
  // "Many of you will be receiving a phone call from a consultant": someone else's act, announced.
  const fromOthers = received && /^[^.;]{0,60}?\bfrom\s+(?!(?:me|us|my|our)\b)/i.test(text.slice(received.index + received[0].length));
  if (received && !fromOthers && !/\b(?:if|when|once|unless)\b/i.test(text.slice(0, received.index))) return {actionStart: received.index};
  // "Count me in.": a place taken, which the writer now owes.
  // "You can definitely count on me for being at the Nutcracker!", "I'm in.", "Be back to you soon.", "I have asked
  // Twanda to set up a call" (the writer's word, given outright or through someone: earlier judged sheets re-read).
  if (/^\W*count\s+(?:me|us)\s+in\b|\b(?:you\s+can\s+)?(?:definitely\s+|always\s+)?count\s+on\s+(?:me|us)\b(?![^.!?]*\bif\b)|^\W*(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+in\W*$|^\W*(?:will\s+)?be\s+back\s+(?:to|with)\s+(?:you|u)\b/i.test(text)) return {actionStart: first.start};
  // "I sure will", "Yes, we will.", "Yes I can." (an answer to an ask); "I have also volunteered to coordinate with the
  // University".
  if (/^\W*(?:(?:yes|yep|sure|ok|okay),?\s+)?(?:i|we)\s+(?:sure\s+|certainly\s+|definitely\s+|absolutely\s+)?will\s*(?:[-–—,!.]|$)|^\W*(?:yes|yep|sure),?\s+(?:i|we)\s+can\s*(?:[-–—,!.]|$)/i.test(text)) return {actionStart: first.start};
  // "Hell yes we're coming out!!", "You're on!": an invitation taken.
  if (/^\W*(?:(?:hell\s+)?(?:yes|yep|sure|ok|okay)\W+)?(?:i['’]m|we['’]re|i\s+am|we\s+are)\s+(?:definitely\s+)?coming(?:\s+(?:out|over|along|too))?\W*$|^\W*you['’]re\s+on\W*$/i.test(text)) return {actionStart: first.start};
  const took = /^\W*(?:i|we)\s*(?:have\s+|['’]ve\s+)?(?:also\s+)?(?:volunteered|agreed|promised)\s+to\s+(\w+)/i.exec(text);
  if (took) return {actionStart: took.index + took[0].length - took[1]!.length};
  // "I owe you a phone call about this" (sixteenth final sheet, used for development after its figures were taken).
  // "I need to give you a call" (twenty-second development sheet): a call the writer owes, not an ask.
  const owes = /\bi\s+owe\s+(?:you|u)\s+(?:a\s+)?(?:call|phone\s+call|e-?mail|reply|response|answer|note)\b|^\W*(?:i|we)\s+(?:still\s+)?need\s+to\s+(?:give\s+(?:you|u)\s+a\s+(?:call|ring)|call\s+(?:you|u)|e-?mail\s+(?:you|u)|get\s+back\s+to\s+(?:you|u)|send\s+(?:you|u))\b/i.exec(text);
  if (owes) return {actionStart: owes.index};
  // "You will be copied.": the writer's side keeps the reader in the loop.
  if (/^\W*you\s+will\s+be\s+(?:copied|cc['’]?d|notified|informed|updated|kept\s+(?:posted|informed|updated))\b/i.test(text)) return {actionStart: first.start};
  // "I have asked my asst, Twanda Sweet, to set up a meeting": whoever is named, in a few words.
  const asked = /^\W*(?:i|we)\s*(?:have|['’]ve)\s+(?:already\s+)?asked\s+[^.;!?]{1,40}?\s+to\s+(set\s+up|send|call|schedule|forward|e-?mail|contact|get|prepare|arrange|book)\b(?!\s+(?:me|us)\b)/i.exec(text);
  if (asked) return {actionStart: asked.index + asked[0].length - asked[1]!.length};
  const passive = ALREADY_DONE.test(text) || DESCRIBES_ATTACHMENT.test(text) || /^\W*(?:please|pls|kindly)\b/i.test(text) ? null : DELIVERED.exec(text);
  if (passive) {
    // The subject is a thing of the writer's side ("the agenda", "your refund"), not a person doing it.
    const before = tokens.filter((t) => t.end <= passive.index);
    const subject = before[before.length - 1];
    // "your comments to be returned" are the reader's to do.
    const handedOver = HANDED_OVER.test(/(\S+)\s*$/.exec(passive[0])?.[1] ?? '');
    // "Your tickets will be distributed to you this week": the reader's things, handed to the reader by the writer's side.
    const toReader = handedOver && /^\s*to\s+(?:you|u)\b/i.test(text.slice(passive.index + passive[0].length));
    if (subject && (toReader || !before.slice(-2).some((t) => NOT_WRITER.test(t.lower))) && (handedOver || !before.slice(-4).some((t) => EVENT.test(t.lower))) && !/\b(?:if|when|once|unless|whether|hope|think|expect)\b/i.test(text.slice(0, passive.index))) {
      let clause = 0;
      for (const m of text.slice(0, passive.index).matchAll(/[,;:]\s*|\b(?:and|but|so)\s+/g)) clause = m.index + m[0].length;
      return {actionStart: clause};
    }
  }
  return null;
}
