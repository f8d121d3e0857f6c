// Verbs that start an imperative in mail ("Send me the deck"). The compromise lexicon supplies the rest of the
// base forms; this list adds mail verbs it files as nouns ("review", "check", "call") and removes social
// formulas that are not requests ("thank", "hope", "enjoy").
export const mailVerbs = [
  'add', 'advise', 'answer', 'approve', 'arrange', 'ask', 'attach', 'book', 'bring', 'call', 'cancel', 'change',
  'check', 'circulate', 'click', 'come', 'comment', 'confirm', 'consider', 'contact', 'copy', 'cc', 'correct',
  'create', 'delete', 'do', 'draft', 'drop', 'edit', 'email', 'e-mail', 'fax', 'feel', 'fill', 'find', 'finish',
  'fix', 'follow', 'forward', 'get', 'give', 'go', 'grab', 'have', 'hold', 'include', 'inform', 'join', 'keep', 'let',
  'look', 'loop', 'make', 'meet', 'move', 'note', 'notify', 'order', 'pass', 'phone', 'pick', 'ping', 'plan',
  'prepare', 'print', 'provide', 'pull', 'push', 'put', 'read', 'remember', 'remind', 'remove', 'reply', 'report',
  'reschedule', 'resend', 'respond', 'return', 'review', 'ring', 'run', 'schedule', 'see', 'send', 'set', 'share',
  'sign', 'start', 'stop', 'submit', 'suggest', 'take', 'talk', 'tell', 'text', 'try', 'update', 'use', 'verify',
  'visit', 'wait', 'write', 'shoot', 'swing', 'reach', 'coordinate', 'circle', 'double-check', 'touch', 'bear',
  'call', 'decline', 'accept', 'advise', 'bump', 'clarify', 'collect', 'compile', 'distribute', 'double', 'ensure',
  'escalate', 'file', 'flag', 'handle', 'invite', 'list', 'mark', 'organize', 'organise', 'process', 'rsvp',
  'register', 'reserve', 'sort', 'tidy', 'track', 'transfer', 'turn', 'give', 'don\'t', 'do not', 'never',
  // Verbs of business requests the dictionary lacks as base forms (found reviewing real mail, docs/quality.md).
  'describe', 'explain', 'discuss', 'summarize', 'summarise', 'outline', 'specify', 'indicate', 'identify', 'determine',
  'investigate', 'research', 'analyze', 'analyse', 'calculate', 'estimate', 'quote', 'bill', 'invoice', 'pay', 'wire',
  'ship', 'deliver', 'attend', 'tell', 'alert', 'cover', 'authorize', 'authorise', 'execute', 'initial', 'scan',
  'upload', 'download', 'install', 'test', 'rerun', 'resolve', 'close', 'reopen', 'extend', 'renew', 'postpone',
  'proofread', 'revise', 'redline', 'complete', 'release', 'waive', 'talk', 'speak', 'reconcile', 'compare', 'approve',
  'sign-off', 'prioritize', 'prioritise', 'assign', 'delegate', 'draft', 'respond', 'advise', 'inform', 'brief',
];
export const notRequests = [
  'thank', 'thanks', 'hope', 'wish', 'enjoy', 'welcome', 'congratulations', 'congrats', 'love', 'miss', 'sorry',
  'cheers', 'regards', 'best', 'looking', 'hoping', 'trust', 'happy', 'glad', 'good', 'great',
  'nice', 'sounds', 'see you', 'attached', 'below', 'here', 'fyi', 'note:', 'please',
];
// Verbs that follow "I'll"/"I can" without promising an act ("I can see why", "I'll be honest").
export const stativeAfterModal = [
  'be', 'see', 'understand', 'imagine', 'guess', 'think', 'assume', 'tell', 'admit', 'say', 'bet', 'hear', 'relate',
  'appreciate', 'believe', 'need', 'want', 'like', 'love', 'hate', 'remember', 'forget', 'miss', 'probably',
  'never', 'not', 'also', 'still', 'always', 'just', 'hope', 'wait', 'agree', 'feel', 'know',
  // What happens to the writer, not what they do: "I will receive a notification", "we will get notified".
  'receive',
  // "if we do, we will lose money": what befalls the writer (twelfth development sheet).
  'lose', 'wonder',
  // "I'll maybe release the packages": a guess at what the writer might do.
  'maybe', 'perhaps', 'possibly',
];
