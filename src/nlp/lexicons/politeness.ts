// Word lists for the politeness strategies of Danescu-Niculescu-Mizil et al. (ACL 2013), written for this project.
// Single words are matched on tokens; multi-word entries as phrases.
export const gratitude = ['thank', 'thanks', 'thx', 'appreciate', 'appreciated', 'appreciative', 'grateful', 'gratitude', 'cheers'];
export const deferencePhrases = [
  'great question', 'good question', 'good point', 'great point', 'fair point', 'great work', 'good work', 'nice work',
  'great job', 'good job', 'nice job', 'well done', 'good catch', 'great catch', 'you are right', "you're right",
  'good idea', 'great idea', 'nice catch', 'good call', 'excellent work', 'great article', 'nice article',
  'good article', 'impressive', 'i admire', 'kudos', 'great contributions', 'your expertise',
];
export const greetings = ['hi', 'hello', 'hey', 'dear', 'greetings', 'hiya', 'good morning', 'good afternoon', 'good evening', 'howdy'];
export const apologies = [
  'sorry', 'apologize', 'apologise', 'apologies', 'apology', 'apologizing', 'excuse me', 'forgive me', 'pardon',
  'my bad', 'my mistake', 'my fault', 'i regret', 'regrettably',
];
export const hedges = [
  'maybe', 'perhaps', 'possibly', 'probably', 'might', 'i think', 'i believe', 'i suppose', 'i guess', 'i suggest',
  'i wonder', 'i was wondering', 'wondering if', 'seems', 'seem', 'appears', 'apparently', 'somewhat', 'sort of',
  'kind of', 'a bit', 'a little', 'i feel', 'in my opinion', 'i assume', 'presumably', 'likely', 'unlikely',
  'not sure', "i'm not sure", 'unclear', 'could be', 'may be', 'suggest', 'hopefully', 'tend to', 'generally',
];
export const factuality = [
  'in fact', 'actually', 'the fact that', 'the point is', 'the reality is', 'the truth is', 'in reality', 'clearly',
  'obviously', 'of course', 'really', 'simply', 'indeed', 'certainly',
];
export const indirect = ['by the way', 'btw', 'incidentally', 'while i have you'];
export const directStarts = ['so', 'then', 'and', 'but', 'or', 'now', 'ok', 'okay', 'well', 'look', 'listen'];
export const questionStarts = ['what', 'why', 'who', 'whom', 'whose', 'how', 'where', 'when', 'which'];
export const firstSingular = ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"];
export const firstPlural = ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd", "let's"];
export const second = ['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd", 'u', 'ur'];

// A small opinion lexicon, the general words that carry sentiment in workplace requests.
export const positive = [
  'good', 'great', 'nice', 'excellent', 'wonderful', 'awesome', 'helpful', 'useful', 'glad', 'happy', 'pleased',
  'pleasure', 'welcome', 'love', 'like', 'kind', 'kindly', 'best', 'better', 'interesting', 'fine', 'perfect',
  'fantastic', 'brilliant', 'terrific', 'valuable', 'impressive', 'thoughtful', 'lovely', 'hope', 'hoping', 'enjoy',
  'enjoyed', 'agree', 'correct', 'right', 'fair', 'clear', 'improve', 'improved', 'improvement', 'support', 'well',
  'congratulations', 'congrats', 'cool', 'beautiful', 'amazing', 'superb', 'outstanding', 'favorite', 'smart',
];
export const negative = [
  'bad', 'wrong', 'terrible', 'awful', 'horrible', 'stupid', 'idiot', 'idiotic', 'dumb', 'ridiculous', 'absurd',
  'nonsense', 'garbage', 'crap', 'hell', 'damn', 'sucks', 'worst', 'worse', 'useless', 'pointless', 'lazy',
  'incompetent', 'unacceptable', 'disappointed', 'disappointing', 'annoying', 'annoyed', 'angry', 'upset', 'fail',
  'failed', 'failure', 'mess', 'messed', 'problem', 'problems', 'issue', 'mistake', 'mistakes', 'error', 'errors',
  'vandalism', 'vandalize', 'vandalized', 'spam', 'biased', 'bias', 'attack', 'attacking', 'rude', 'silly',
  'false', 'lie', 'lies', 'lying', 'blame', 'fault', 'careless', 'sloppy', 'pathetic', 'shame', 'shameful', 'waste',
  'stop', 'delete', 'deleted', 'deleting', 'removed', 'revert', 'reverted', 'reverting', 'ignore', 'ignored',
  'complain', 'complaint', 'unfortunately', 'confused', 'confusing', 'misleading', 'wtf', 'hate', 'shut', 'banned',
];
// Insults and profanity: far stronger signals of impoliteness than ordinary negative words.
export const insults = [
  'stupid', 'idiot', 'idiots', 'idiotic', 'moron', 'moronic', 'dumb', 'crap', 'crappy', 'damn', 'damned', 'hell', 'wtf',
  'fuck', 'fucking', 'fucked', 'shit', 'shitty', 'bullshit', 'ass', 'asshole', 'bastard', 'jerk', 'loser', 'pathetic',
  'ridiculous', 'nonsense', 'garbage', 'idiocy', 'retarded', 'stfu', 'suck', 'sucks', 'troll', 'clueless', 'incompetent',
];
