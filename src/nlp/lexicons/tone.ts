// Phrase lists for the tone rules. Entries are lower case; "'" also matches the curly apostrophe.
// Charges aimed at the reader by their own words ("you messed up"); still quiet when negated or supposed.
export const harsh = [
  'your fault', 'you failed to', 'you messed up', 'you screwed up', 'you dropped the ball', 'what were you thinking',
  "you didn't bother", 'you did not bother', 'i told you so', "there's no excuse", 'there is no excuse', 'no excuse for',
  'you should know better', 'you should have known better', 'get your act together', 'sort this out now',
  "what's wrong with you", 'what is wrong with you', 'shame on you', "don't threaten me", "don't lecture me",
  "don't patronize me", "don't patronise me", "don't talk to me like", 'stop wasting my time', "you're wasting my time",
  'you are wasting my time', 'you have a lot of nerve', "you've got a nerve", 'you have some nerve', 'the nerve of you',
];
// Words that are harsh only with a target, as retext's profanity lists mark some entries: "your draft is
// sloppy", "this is unacceptable", "careless of you", but not "the old printer is useless" or "absurd prices".
export const harshNeedsTarget = [
  'unacceptable', 'ridiculous', 'incompetent', 'pathetic', 'useless', 'sloppy', 'careless', 'absurd', 'inexcusable',
  'stupid', 'idiotic', 'lazy', 'shoddy', 'unprofessional', 'disgraceful', 'a disaster', 'a total mess', 'a complete mess',
  'completely wrong',
];
export const passiveAggressive = [
  'per my last email', 'per my previous email', 'as per my last email', 'as per my previous email',
  'per my last message', 'as i already said', 'as i said before', 'as i said earlier', 'as i mentioned before',
  'as i have already mentioned', "as i've already mentioned", 'as previously stated', 'as stated previously',
  'as stated before', 'friendly reminder', 'gentle reminder', 'going forward', 'just to be clear',
  'not sure if you saw my last email', 'not sure if you got my last email', 'in case you missed it',
  'bumping this up', 'bumping this', 'following up again', 'for the third time', 'for the second time',
  'as you should know', 'thanks in advance for your prompt', 'i trust this clarifies',
  'as discussed multiple times', 'reattaching for your convenience',
];
export const overApology = [
  'sorry to bother you', 'sorry to bother', 'sorry to be a pain', 'sorry for bothering you', 'sorry to trouble you',
  'sorry for the trouble', 'so sorry to', 'i am so sorry', "i'm so sorry", "i'm really sorry", 'i am really sorry',
  'apologies for bothering', 'i apologize for bothering', 'sorry to ask', 'sorry to pester',
  'sorry to nag', 'sorry again', 'sorry for asking', 'apologies for the bother',
];
// Sympathy, not apology: "I'm so sorry to hear about your father" is never over-apologising.
export const sympathy = [
  'sorry to hear', 'sorry to learn', 'sorry to see', 'sorry for your loss', 'sorry for the loss', 'sorry about your',
  'sorry about the loss', 'sorry that you', "sorry you're", 'sorry you are', 'sorry you have', "sorry you've",
];
// Hedges that soften an ask by themselves: a follow-up, a wondering, an urgency played down.
export const askHedges = [
  'just checking in', 'just checking', 'just following up', 'i think maybe', 'sort of urgent',
  'kind of urgent', "if it's not too much trouble", 'if it is not too much trouble', 'only if you have time',
  'this might be a stupid question', 'this may be a dumb question', 'this might be a dumb question',
];
// Hedges that weaken an ask only when they lead into one: "I just wanted to check…", not "I just wanted to say
// thank you"; "if that makes sense" after a request, not after an update.
export const hedging = [
  // Not "I just wanted to…": reviewers of real mail read it as ordinary courtesy (docs/quality.md).
  'if that makes sense', 'does that make sense', 'i could be wrong',
  "i might be wrong", "i'm no expert", 'i am no expert', "if you don't mind me asking", 'i hope this is okay',
  "i hope that's okay", 'i hope this is ok',
];
export const absolutes = [
  'you always', 'you never', "you're always", 'you are always', "you're never", 'you are never', 'you constantly',
  'you keep forgetting', 'you keep missing', 'every time you', "you don't ever", 'you do not ever', 'you never ever',
  "you can't ever", 'you consistently fail',
];
