// Phrase lists for the tone rules. Entries are lower case; "'" also matches the curly apostrophe.
export const harsh = [
  'your fault', 'you failed to', 'you failed', 'you messed up', 'you screwed up', 'you dropped the ball',
  'unacceptable', 'ridiculous', 'incompetent', 'what were you thinking', "you didn't bother", 'you did not bother',
  'i told you', 'how many times', 'pathetic', 'useless', 'sloppy', 'careless', 'this is a disaster', 'no excuse',
  'inexcusable', 'absurd', "you should have known", 'you should know better', 'completely wrong', 'total mess',
  'obviously you', 'clearly you', 'stupid', 'idiotic', 'lazy', 'sort this out now', 'get your act together',
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
  'sorry if this is', 'apologies for bothering', 'i apologize for bothering', 'sorry to ask', 'sorry to pester',
  'sorry to nag', 'sorry again', 'sorry for asking', 'apologies for the bother',
];
export const hedging = [
  'i just wanted to', 'i just want to', 'just wanted to', 'just checking in', 'just checking', 'just following up',
  'i think maybe', 'i was just wondering', 'if that makes sense', 'does that make sense', 'i could be wrong',
  "i might be wrong", "i'm no expert", 'i am no expert', 'this might be a stupid question', 'this may be a dumb question',
  'if it\'s not too much trouble', 'if it is not too much trouble', 'if you don\'t mind me asking', 'sort of urgent',
  'kind of urgent', 'i hope this is okay', "i hope that's okay", 'i hope this is ok', 'only if you have time',
];
export const absolutes = [
  'you always', 'you never', "you're always", 'you are always', "you're never", 'you are never', 'you constantly',
  'you keep forgetting', 'you keep missing', 'every time you', "you don't ever", 'you do not ever', 'you never ever',
  "you can't ever", 'you consistently fail',
];
