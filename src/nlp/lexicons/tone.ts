// Word lists for the tone rules, as data (entry.ts): each entry with why it reads badly, what to say instead, and
// whether it needs a target. Entries are lower case; "'" also matches the curly apostrophe.
import {entries, type LexiconEntry} from './entry.ts';

// Charges aimed at the reader by their own words ("you messed up"); still quiet when negated or supposed.
const charges = [
  'your fault', 'you failed to', 'you messed up', 'you screwed up', 'you dropped the ball', 'what were you thinking',
  "you didn't bother", 'you did not bother', 'i told you so', "there's no excuse", 'there is no excuse', 'no excuse for',
  'you should know better', 'you should have known better', 'get your act together', 'sort this out now',
  "what's wrong with you", 'what is wrong with you', 'shame on you', "don't threaten me", "don't lecture me",
  "don't patronize me", "don't patronise me", "don't talk to me like", 'stop wasting my time', "you're wasting my time",
  'you are wasting my time', 'you have a lot of nerve', "you've got a nerve", 'you have some nerve', 'the nerve of you',
  'you missed the part', "you obviously didn't read", 'you clearly did not read', "you clearly didn't read",
];
// Words that are harsh only with a target, as retext's profanity lists mark some entries: "your draft is
// sloppy", "this is unacceptable", "careless of you", but not "the old printer is useless" or "absurd prices".
const judgements = [
  'unacceptable', 'ridiculous', 'incompetent', 'pathetic', 'useless', 'sloppy', 'careless', 'absurd', 'inexcusable',
  'stupid', 'idiotic', 'lazy', 'shoddy', 'unprofessional', 'disgraceful', 'a disaster', 'a total mess', 'a complete mess',
  'completely wrong',
  // Found missed on the seventh real-mail sheet (docs/quality.md): contempt for the reader's work.
  'bullshit', 'laughable', 'atrocious', 'childish', 'childlike', 'child like', 'amateurish', 'appalling', 'clueless', 'moronic', 'worthless',
];
// Insults: in writing, said of anyone, they outlast the moment ("can you block this moron", "some bloody wanker").
export const insults = ['moron', 'morons', 'idiot', 'idiots', 'imbecile', 'imbeciles', 'wanker', 'wankers', 'asshole', 'assholes', 'dumbass', 'halfwit', 'nitwit', 'cretin'];
// Called out to the reader only: "You're a troll" (a troll in a fairy tale is no insult).
const labels = ['a troll', 'a liar', 'a hypocrite', 'a bully', 'a vandal', 'a joke'];
export const harshWords: LexiconEntry[] = [
  ...entries('a charge against the reader puts them on the defence', charges),
  // Aimed at the reader only: said of a film, a coach or scam victims, judges read it as the writer's opinion (fifth
  // final sheet, docs/quality.md).
  ...entries('an insult in writing outlasts the moment', insults, {needsTarget: true}),
  ...entries('a label for the reader, not a description of the problem', labels, {needsTarget: true}),
  ...entries('a judgement of the reader or their work, not of the problem', judgements, {needsTarget: true}),
];

const stockPhrases = [
  'per my last email', 'per my previous email', 'as per my last email', 'as per my previous email',
  'per my last message', 'as i already said', 'as i said before', 'as i said earlier', 'as i mentioned before',
  'as i have already mentioned', "as i've already mentioned", 'as previously stated', 'as stated previously',
  // Not "going forward" or "thanks in advance for your prompt…": judged plain business wording in all seven hints
  // they gave on the real-mail sheets, even framing an instruction (docs/quality.md).
  'as stated before', 'friendly reminder', 'gentle reminder', 'just to be clear',
  'not sure if you saw my last email', 'not sure if you got my last email', 'in case you missed it',
  'bumping this up', 'bumping this', 'following up again', 'for the third time', 'for the second time',
  'as you should know', 'i trust this clarifies',
  'as discussed multiple times', 'reattaching for your convenience',
];
// Plain restatements for the commonest stock phrases; the rest get the message alone.
const RESTATE: Record<string, Omit<Partial<LexiconEntry>, 'phrase' | 'note'>> = {
  'per my last email': {alternatives: ['As mentioned earlier', 'To recap']},
  'as per my last email': {alternatives: ['As mentioned earlier', 'To recap']},
  'as i already said': {alternatives: ['To recap']},
  // Neutral in an announcement ("Friendly reminder: lunch at noon", "Going forward, the sync moves to Tuesdays"),
  // a rebuke when the sentence aims it at the reader.
  'friendly reminder': {alternatives: ['Quick reminder'], aim: 'owed'},
  'gentle reminder': {alternatives: ['Quick reminder'], aim: 'owed'},
  'for the second time': {aim: 'owed'},
  'for the third time': {aim: 'owed'},
  'just to be clear': {aim: 'reader'},
};
export const passiveAggressive: LexiconEntry[] = stockPhrases.map((phrase) => ({
  phrase, note: 'a stock phrase widely read as veiled annoyance', ...RESTATE[phrase],
}));

const apologies = [
  'sorry to bother you', 'sorry to bother', 'sorry to be a pain', 'sorry for bothering you', 'sorry to trouble you',
  // Not a bare "I'm so sorry" or "sorry again": on real mail they apologise for something real ("I don't remember
  // anything I said (I'm so sorry!)"), which is courtesy, not apologising for asking.
  'sorry for the trouble', 'so sorry to', 'so sorry for bothering', 'really sorry to bother',
  'apologies for bothering', 'i apologize for bothering', 'sorry to ask', 'sorry to pester',
  'sorry to nag', 'sorry for asking', 'apologies for the bother',
];
export const overApology = entries('an apology for doing your job; a thank-you keeps the warmth', apologies, {alternatives: ['Thanks for your help']});
// Sympathy, not apology: "I'm so sorry to hear about your father" is never over-apologising.
export const sympathy: readonly string[] = [
  'sorry to hear', 'sorry to learn', 'sorry to see', 'sorry for your loss', 'sorry for the loss', 'sorry about your',
  'sorry about the loss', 'sorry that you', "sorry you're", 'sorry you are', 'sorry you have', "sorry you've",
];
// Hedges that soften an ask by themselves: a follow-up, a wondering, an urgency played down.
const selfHedges = [
  // Not "just checking (in)" or "just following up": judged an ordinary follow-up on every real-mail sheet.
  'i think maybe', 'sort of urgent',
  'kind of urgent', "if it's not too much trouble", 'if it is not too much trouble', 'only if you have time',
  'this might be a stupid question', 'this may be a dumb question', 'this might be a dumb question',
];
export const askHedges = entries('softens your own ask until it reads as optional', selfHedges);
// Hedges that weaken an ask only when they lead into one: "I just wanted to check…", not "I just wanted to say
// thank you"; "if that makes sense" after a request, not after an update.
const leadingHedges = [
  // Not "I just wanted to…": reviewers of real mail read it as ordinary courtesy (docs/quality.md).
  'if that makes sense', 'does that make sense', 'i could be wrong',
  "i might be wrong", "i'm no expert", 'i am no expert', "if you don't mind me asking", 'i hope this is okay',
  "i hope that's okay", 'i hope this is ok',
];
export const hedging = entries('undercuts the ask it leads into', leadingHedges);

const patterns = [
  'you always', 'you never', "you're always", 'you are always', "you're never", 'you are never', 'you constantly',
  'you keep forgetting', 'you keep missing', 'every time you', "you don't ever", 'you do not ever', 'you never ever',
  "you can't ever", 'you consistently fail',
];
export const absolutes = entries('turns one event into a judgement of character', patterns);
