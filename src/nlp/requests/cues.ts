// Structural cues that a sentence asks the reader to act or proposes a joint action, grouped so a small linear
// model can weigh them (requests/weights.json, fit by scripts/lib/fit-requests.ts). No topic words: cues are about
// how a sentence asks, which is what carries over from one kind of mail to another.
const r = (parts: string[]) => new RegExp(parts.join('|'), 'i');
const A = "['’]";

export const CUES = {
  modalYou: r([String.raw`\b(?:could|would|can|will|won${A}t)\s+(?:you|u|y${A}all)\b`, String.raw`\b(?:if|whether)\s+you\s+(?:could|would|can|might)\b`, String.raw`\bwondering\s+(?:if|whether)\b`, String.raw`\bwould\s+you\s+mind\b`, String.raw`\bany\s+chance\b`, String.raw`\bis\s+it\s+possible\b`]),
  youShould: r([String.raw`\b(?:you|u)\s+(?:should|need\s+to|must|have\s+to|might\s+want\s+to|may\s+want\s+to|will\s+need\s+to|may\s+need\s+to|might\s+need\s+to|ought\s+to)\b`, String.raw`\b(?:you|u)\s+(?:might|may)\s+(?:give|send|tell|let|ask|check|call|forward|pass)\b`]),
  needYou: r([String.raw`\bi\s+(?:need|want|would\s+like|${A}d\s+like)\s+(?:you|u)\s+to\b`, String.raw`\bi\s+(?:need|require)\s+(?:the|a|an|your|some|to\s+get)\b`, String.raw`\bneeds?\s+your\b`]),
  appreciate: r([String.raw`\b(?:i|we)\s*(?:would|${A}d)\s+(?:greatly\s+|really\s+)?(?:appreciate|be\s+grateful)\b`, String.raw`\b(?:greatly|much|really)\s+appreciated\b`, String.raw`\bwould\s+be\s+(?:very\s+|most\s+|really\s+)?(?:helpful|appreciated)\b`, String.raw`\b(?:it\s+would|would\s+it)\s+be\s+(?:great|good|helpful|nice|possible|ideal|useful|better)\b`]),
  letMeKnow: r([String.raw`(?<!\bto\s)\blet\s+(?:me|us)\s+know\b`, String.raw`\bkeep\s+me\s+posted\b`, String.raw`\bget\s+back\s+to\s+me\b`]),
  together: r([String.raw`\blet${A}s\b`, String.raw`\blet\s+us\s+(?:chat|talk|meet|discuss|catch|speak|get\s+together|sit\s+down)\b`, String.raw`(?:^\W*|[,;:]\s*)lets\s+\w+`, String.raw`\blets\s+(?:get|discuss|meet|talk|plan|schedule|do|go|have|see|set|try|touch|catch|continue|keep|chat|review|make|grab|move|start|wait)\b`, String.raw`\bhow\s+about\b`, String.raw`\bwhat\s+about\b`, String.raw`\bwhy\s+(?:don${A}t|do\s+not)\s+(?:we|you)\b`, String.raw`^\W*why\s+not\b`, String.raw`\bshall\s+we\b`, String.raw`\b(?:can|could)\s+we\b`, String.raw`\bget\s+together\b`]),
  weShould: r([String.raw`\bwe\s+(?:should(?!\s+not\b|\s+be\s+(?:all\s+set|fine|ok|okay|good|able|there|at|in)\b)|ought\s+to|need\s+to|might\s+want\s+to|may\s+want\s+to|will\s+want\s+to|will\s+need\s+to|probably\s+need\s+to|must)\b`, String.raw`\bwe\s+(?:could|can)\s+(?:meet|talk|discuss|get|set|schedule|catch|chat|review|go|plan|have)\b`]),
  // "I'd like the report", "we would like to meet"; not "I would like to get started on Spark" (the writer's own wish).
  proposal: r([String.raw`\b(?:i|we)\s*(?:would|${A}d)(?:\s+(?:also|really|very\s+much|just|still))?\s+(?:like|love)\s+(?:you|your|a|an|the|some|to\s+(?:meet|discuss|talk|schedule|set\s+up|get\s+together|catch\s+up|speak|chat|call|see|have\s+you|ask|invite|confirm|review))\b`, String.raw`\bwould\s+love\s+to\b`, String.raw`\bi\s+(?:suggest|propose|recommend)\b`, String.raw`\b(?:i|we)\s*(?:would|${A}d)\s+prefer\b`, String.raw`\b(?:i|we)\s+(?:want|wanted|need|needed|will\s+need|${A}ll\s+need)\s+to\s+(?:discuss|talk|meet|review|update|get\s+together|set\s+up|schedule|catch\s+up|go\s+over|touch\s+base|follow\s+up)\b`, String.raw`\bhope\s+(?:you|we)\s+(?:can|will|could)\b`, String.raw`\b(?:may|might)\s+be\s+(?:worthwhile|worth|a\s+good\s+idea|good\s+to)\b`, String.raw`\bwant\s+to\s+(?:come|join|meet|grab)\b`]),
  invite: r([String.raw`\bfeel\s+free\s+to\b`, String.raw`\bdon${A}t\s+hesitate\b`, String.raw`\bdo\s+not\s+hesitate\b`, String.raw`\bif\s+you${A}d\s+like\s+to\b`, String.raw`\bif\s+you\s+(?:get|have)\s+a\s+(?:chance|minute|moment|sec)\b`]),
  remind: r([String.raw`\bmake\s+sure\b`, String.raw`\bbe\s+sure\s+to\b`, String.raw`\bdon${A}t\s+forget\b`, String.raw`\bremember\s+to\b`]),
  offer: r([String.raw`\b(?:i|we)\s*(?:would|${A}d|${A}ll|will|shall|am|are|${A}m|${A}re)\s+be\s+(?:very\s+|more\s+than\s+)?(?:happy|glad|delighted|pleased)\s+to\b`, String.raw`\bwelcome\s+to\s+(?:join|come|attend|stop)\b`, String.raw`\b(?:like|love)\s+to\s+invite\b`, String.raw`\bjoin\s+us\b`, String.raw`\bhope\s+you\s+can\b`]),
  availability: r([String.raw`\b(?:available|open|free)\s+(?:for|on|at|this|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday|weds?|thurs?|in\s+the)\b`, String.raw`\b(?:is|are|looks)\s+(?:good|fine|great|ok|okay|perfect)\s+(?:for|with)\b`, String.raw`^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)\s+(?:is|would|works|sounds)\b`]),
  youCan: r([String.raw`\b(?:you|u)\s+(?:can|could|ought\s+to)\s+(?:catch|reach|call|leave|contact|email|e-mail|send|forward|ask|give|get|tell|check|try|also|just|go|find|use|see)\b`]),
  please: r([String.raw`(?<!\bto\s)\b(?:please|pls|plz|kindly)\b`]), // not the verb: "prices to please
  timeWorks: r([String.raw`\b(?:works|work)\s+(?:for\s+(?:me|us)|best|well)\b`, String.raw`\bwould\s+(?:work|be\s+(?:great|perfect|fine|good|better))\b`, String.raw`\b(?:is|are)\s+(?:ok|okay|fine|good)\s+(?:for|with)\b`, String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|noon|\d(?:am|pm))\s+(?:works|is\s+(?:good|fine|better|best|ok|okay|perfect))\b`, String.raw`\bhow${A}s\b.{0,60}\bwork\b`, String.raw`\bhow\s+(?:is|does)\b.{0,60}\bwork\b`]),
  boilerplate: r([String.raw`\b(?:unsubscribe|opt[- ]out|click\s+(?:here|below|on|the)|do\s+not\s+reply|don${A}t\s+reply\s+to\s+this|no\s+longer\s+(?:wish|want|like)\s+to|(?:receive|receiving)\s+(?:these|such|future|more|this)\s+(?:e-?mails?|offers|messages|newsletters?)|to\s+your\s+(?:address\s+book|contacts|safe\s+sender)|privacy\s+policy|terms\s+of\s+(?:service|use))\b`]),
  contactUs: r([String.raw`\bif\s+you\s+(?:have|need)\s+any\s+(?:other\s+|further\s+)?(?:questions|help|assistance)\b`, String.raw`\bcontact\s+(?:us|our)\b`]),
  // An address: a token with a letter or digit, then its first "@", then at least one character and a ".word".
  // Written so each part can match in only one way: the old `\b\S+@\S+\.\w+` backtracked over every "@" of a
  // token from every start ("a@" x 1,500 took 3 s). Same matches, linear time (tests/unit/linear-patterns.test.ts).
  link: /(?:https?:|www\.|\$LINK|(?<!\S)[^\w\s]*\w[^@\s]*@\S\S*?\.\w)/i,
  promo: /(?:\$\d|\bfree\b|\boffer\b|\bdeal\b|\bdiscount\b|\bsave\b|\bshop\b|\bbuy\b|\bsale\b|\btoday\b.*!)/i,
  attached: /\b(?:attached|enclosed|below|find\s+the\s+(?:attached|enclosed))\b/i, // not "find the same model"
  conditional: /^\s*(?:if|when|once|in\s+case)\b/i,
};
export type CueName = keyof typeof CUES;
