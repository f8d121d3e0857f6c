// Sentences shaped like asks that ask nothing of the reader: courtesy offers ("If you have any questions, call
// me"), pleasantries ("Have a great weekend", "See you Monday"), and announcements to a list ("Please join me in
// welcoming Dana", "Please note the office is closed"). Real mail is full of them, and a request found in each
// would bury the few that need an answer.
import {isFirstName} from '../lexicons/sets.ts';
import {trimEndMatching} from '../trim-end.ts';
import {DATE_CUE} from '../lexicons/time.ts';

const COURTESY = new RegExp([
  String.raw`\bif\s+you\s+(?:guys\s+|all\s+)?(?:have|need|require|should\s+have|want|would\s+like)\s+(?:any|further|more|additional|other)\s+(?:[a-z]+\s+)?(?:questions?|information|info|help|assistance|details|comments|concerns|clarification)\b`,
  String.raw`\b(?:should|if)\s+(?:you\s+)?(?:have\s+)?(?:any\s+)?(?:questions?|concerns|problems|issues)\b.{0,40}\b(?:call|contact|let|e-?mail|reach|feel|hesitate|ask|give)\b`,
  String.raw`\b(?:questions|concerns|comments)\s*\??\s*(?:please\s+)?(?:call|contact|e-?mail)\b`, String.raw`^\W*questions\s*[-–—:?,]+\s*(?:please\s+)?(?:let\s+(?:me|us)\s+know|call|shout|ask)\b`,
  String.raw`\bshout\s+(?:with|if\s+you\s+have)\s+any\s+(?:questions|problems|concerns)\b`, String.raw`^\W*any\s+(?:questions|problems|concerns|issues)\W+(?:please\s+)?(?:call|e-?mail|contact|ping|let|give|shout|ask)\b`,
  String.raw`\blet\s+(?:me|us)\s+know\s+if\s+you\s+(?:don['’]t|do\s+not|didn['’]t|did\s+not)\s+(?:see|get|receive|have)\b`,
  String.raw`\bfeel\s+free\s+to\s+\w+`,
  // (Room for two names and numbers: "Call me, 503.464.7486, or Chris Mallory, 503.464.3823, with any questions.")
  String.raw`\b(?:call|contact|e-?mail|phone|reach|ask)\b.{0,80}\b(?:with|for|if\s+you\s+have)\s+(?:any\s+)?(?:further\s+|additional\s+|other\s+|more\s+)?(?:questions|comments|concerns|information|details|clarification)\b`,
  String.raw`\b(?:call|reach|contact)\s+(?:me|us)\s+(?:at|on)\s+[\d(+x]`,
  String.raw`\b(?:do\s+not|don['’]t)\s+hesitate\b`,
  String.raw`\blet\s+(?:me|us)\s+know\s+if\s+(?:you\s+have\s+(?:(?:any|further|more|other|additional)\s+){0,2}(?:questions|anything|help|concerns|clarification|information|info|details|assistance)|there\s+is\s+anything|there['’]s\s+anything|i\s+can\s+(?:help|be\s+of|do))\b`,
  String.raw`\b(?:i\s+can|we\s+can)\s+be\s+reached\b`, String.raw`\bif\s+i\s+(?:left|missed|forgot)\s+(?:anything|something|anyone|someone)\b`,
  // Found on the eighth and ninth final sheets, used for development after their figures were taken.
  String.raw`\blet\s+(?:me|us)\s+know\s+if\s+(?:there(?:['’]s|\s+is)\s+(?:something|anything)\s+(?:else\s+)?(?:i|we)\s+can)\b`,
  String.raw`\bif\s+\S+(?:\s\S+)?\s+ha(?:s|ve)\s+any\s+(?:other\s+|more\s+|further\s+)?questions\b`, String.raw`\bmore\s+than\s+welcome\s+to\b`,
  String.raw`\bif\s+you\s+turn\s+up\s+any\b`,
  // "Otherwise try me at home then on my cell"; a how-to tip on the reader's wish: "Use Page Setup … if you want to
  // print landscape".
  String.raw`\btry\s+(?:me|us)\s+(?:at|on)\b`, String.raw`\bif\s+you\s+(?:want|wish|['’]d\s+like|would\s+like|prefer)\s+(?:to|your|it)\b(?![^.?!]*\b(?:please|let\s+me\s+know)\b)`,
  // "Let me know what else you need from me", "Please direct any questions to Dorie", "Or call and we can discuss it".
  String.raw`\blet\s+(?:me|us)\s+know\s+(?:what\s+else|if\s+there\s+is\s+anything\s+else|anything\s+else)\b`,
  String.raw`\bplease\s+direct\s+(?:any\s+|all\s+|your\s+)?(?:questions|inquiries|enquiries|comments|concerns)\b`,
  String.raw`^\W*or\s+(?:just\s+)?(?:call|ring|e-?mail|give\s+(?:me|us)\s+a\s+call|stop\s+by)\b`, String.raw`\bcall\s+toll[- ]free\b`,
  // Help-desk and phone boilerplate: "please call 713-853-0357", "please contact your IT support representative".
  String.raw`\b(?:call|contact|phone|rsvp\s+to)\s+(?:(?:\p{Lu}[\p{L}.'-]*\s?){1,4}(?:at|on)\s+)?[\d(+][\d-]`,
  String.raw`\b(?:contact|ask|call)\s+(?:your|the|our)\s+(?:\S+\s+){0,3}(?:support|administrator|provider|help\s?desk|representative|call\s+center|department)\b`,
  String.raw`\bcan\s+i\s+(?:do\s+anything|help|be\s+of\s+(?:any\s+)?(?:help|assistance))\b`,
  String.raw`\b(?:call|contact|e-?mail|ping|phone)\s+(?:me|us)\s+if\b`, String.raw`\b(?:call|contact|e-?mail|ping|phone|page|text)\s+(?:me|us)\b[^.?!]{0,40}\bif\s+(?:you|u)\s+need\s+(?:me|us|anything|something)\b`, String.raw`^\W*please\s+(?:call|contact|e-?mail|ping|phone|write)(?:\s+(?:me|us))?\s+if\s+(?:you\b|there\s+(?:are|is)\s+(?:any\s+)?(?:questions|problems|concerns|issues))`, String.raw`\bgive\s+(?:me|us)\s+a\s+(?:call|ring|shout)\s+if\b`,
  String.raw`\bcall\s+(?:[\w.'-]+\s){0,5}(?:at|on)\s+[\d(+][\d-]`,
  String.raw`\bif\s+you\s+(?:intend|plan|wish|want)\s+to\s+(?:participate|attend|join|come|register)\b`,
  // The writer's offer on the reader's word: "if you want me to show you how, let me know", "let me know if you need
  // me to send it again".
  String.raw`\bif\s+you\s+(?:want|would\s+like|['’]d\s+like|need|prefer)\s+(?:me|us)\s+to\b`,
  String.raw`\bquestions?\s+(?:arise|come\s+up)\b`,
  String.raw`\b(?:i|we)(?:['’]d|\s+would)\s+be\s+(?:happy|glad|delighted)\s+to\b.{0,60}\bif\s+you\b`,
  String.raw`^\W*(?:see|call|ask|contact|e-?mail|ping|find)\s+(?:me|us)\s+if\s+you\s+have\s+(?:any\s+)?(?:questions|concerns|problems)\b`,
  String.raw`\b(?:call|contact|e-?mail|phone)\s+(?:me|us)\b.{0,80}\b(?:should|if)\s+you\s+have\s+(?:any\s+)?(?:questions|concerns|problems)\b`,
  String.raw`\byou\s+are\s+(?:more\s+than\s+|most\s+|always\s+)?welcome\s+to\b`,
  // Conditional on the reader's wish: "If you would like to know your seat, please send…", "Please inform us if you
  // need special accommodations", "let me know if you'd like to contribute".
  String.raw`^\W*if\s+you\s+(?:would\s+like|['’]d\s+like|want|wish|need|require|prefer)\b`,
  String.raw`^\W*please\s+(?:inform|tell|notify|contact|call|e-?mail|advise|alert)\s+(?:us|me)\b.{0,60}\bif\s+you\s+(?:need|require)\b`,
  String.raw`\blet\s+(?:me|us)\s+know\s+if\s+you(?:\s+would|['’]d)\s+like\b`,
  // "Let me know if you need updated pricing", "…if you want a copy": the writer's offer, whatever is needed
  // (thirteenth final sheet).
  String.raw`\blet\s+(?:me|us)\s+know\s+if\s+you\s+(?:need|want|require)\b`,
  // Offers found on the fourteenth final sheet, used for development after its figures were taken: "Let me know if
  // HR can not produce that for you and I can get you a copy", "But if I can get you addresses or whatever, let me
  // know", "Anyone interested, give me a shout", "Tell me what I can do to help you", "See me for details and
  // questions", "Let me know if this helps", "let me know if you are ever in town".
  String.raw`\blet\s+(?:me|us)\s+know\s+if\b[^.?!]{0,80}\band\s+(?:i|we)\s+(?:can|will|['’]ll|could)\b`,
  String.raw`\bif\s+(?:i|we)\s+can\s+(?:\w+\s+){0,6}?(?:\w+\s*,?\s*)?let\s+(?:me|us)\s+know\b`,
  String.raw`^\W*(?:any\s?one|any\s?body|those)\s+interested\s*,?\s+(?:please\s+)?(?:give\s+(?:me|us)\s+a\s+(?:shout|call|ring)|let\s+(?:me|us)\s+know|call|e-?mail|contact)\b`,
  String.raw`\b(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?what\s+(?:i|we)\s+can\s+do\s+to\s+help\b`,
  String.raw`^\W*(?:please\s+)?see\s+(?:me|us)\s+(?:for|with)\s+(?:any\s+)?(?:details|questions|more)\b`,
  String.raw`\blet\s+(?:me|us)\s+know\s+if\s+(?:this|that|it)\s+helps\b`, String.raw`\blet\s+(?:me|us)\s+know\s+if\s+you(?:['’]re|\s+are)\s+ever\s+in\b`,
  String.raw`^\W*(?:please\s+)?(?:call|contact|e-?mail|write|ping|phone)(?:\s+(?:me|us))?(?:\s+or\s+(?:call|contact|e-?mail|write|ping|phone)(?:\s+(?:me|us))?)?\s+(?:with|if\s+you\s+have)\s+(?:any\s+|additional\s+|further\s+|more\s+|other\s+)?(?:\w+\s+)?(?:questions|requests|concerns|comments|needs)\b`,
  // The twenty-first development sheet: "Let me know how I can help with these arrangements", "We can get together
  // then if you would like".
  String.raw`\blet\s+(?:me|us)\s+know\s+how\s+(?:i|we)\s+(?:can|could|might)\s+(?:help|assist)\b`,
  // The twenty-second development sheet: help offered should something go wrong, information offered, "If not,
  // please give me a call".
  String.raw`^\W*should\s+(?:you|they|anyone)\s+(?:experience|have|encounter|run\s+into)\b`, String.raw`\bif\s+there\s+is\s+any\s+(?:more\s+|other\s+|additional\s+|further\s+)?information\b`,
  String.raw`\blet\s+(?:me|us)\s+know\s+what\s+(?:additional|other|further|more)\s+(?:information|info|details)\b`,
  String.raw`^\W*if\s+not,?\s+(?:please\s+)?(?:give\s+(?:me|us)\s+a\s+(?:call|ring)|call\s+(?:me|us))\W*$`,
  String.raw`\b(?:call|contact|e-?mail)\s+(?:me|us)\b[^.?!]{0,80}\bwith\s+any(?:\s+(?:questions|concerns))?\W*$`,
  String.raw`\b(?:we|i)\s+can\b[^.?!]{0,80}\bif\s+you(?:['’]d|\s+would)\s+like\W*$`,
].join('|'), 'i');
const PLEASANTRY = new RegExp([
  String.raw`^\W*(?:and\s+)?(?:have|enjoy)\s+(?:a|an|the|your)\s+(?:(?:great|good|nice|wonderful|happy|safe|fun|relaxing|lovely|fantastic|restful|productive|terrific|merry)\s+)+(?:weekend|day|trip|holiday|holidays|evening|night|time|flight|vacation|week|thanksgiving|christmas|new\s+year|break|summer|one)\b`,
  String.raw`^\W*have\s+a\s+(?:very\s+)?(?:merry|happy|great|wonderful)\s+(?:christmas|holiday|new\s+year|thanksgiving|birthday)\b`,
  String.raw`^\W*(?:enjoy|have\s+fun|take\s+care|get\s+well|good\s+luck|safe\s+travels|stay\s+(?:safe|warm|dry|well|tuned)|congratulations|congrats|keep\s+up\s+the\s+(?:good|great)\s+work|happy\s+(?:birthday|holidays|new\s+year|thanksgiving|friday|monday))\b`,
  String.raw`^\W*(?:i\s+)?hope\s+(?:you|all|everyone|this|that|things|your|the)\b`,
  String.raw`^\W*(?:(?:sounds\s+good|great|good|ok|okay|perfect|thanks|cool|fine)\W+)?(?:see|talk\s+to|speak\s+to|catch)\s+(?:you|ya|u)(?:\s+(?:guys|all|two|both))?\s+(?:soon|then|there|later|tomorrow|tonight|next|on|at|in|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  String.raw`^\W*(?:talk|speak)\s+(?:soon|later)\b`,
  String.raw`^\W*(?:how\s+(?:was|is|were)\s+(?:your|the)\s+(?:weekend|trip|holiday|holidays|vacation|week|day|flight|visit)|has\s+your\s+(?:week|day|weekend)\s+been)\b`, String.raw`^\W*take\s+it\s+easy\b`,
  // Small talk that opens or closes a personal note: "How goes it?", "Where have you been?", "Have a great w/e."
  String.raw`^\W*(?:(?:hey|hi|hello)\b\W*)?(?:how\s+goes\s+it|how\s+(?:is\s+)?(?:it|everything|life)\s+going|where\s+(?:have|ya|you)\s+(?:you\s+)?been(?:\s+hiding)?)(?:,?\s+[a-z]+)?\W*$`,
  String.raw`^\W*(?:and\s+)?have\s+(?:a|an)\s+(?:(?:great|good|nice|wonderful|fun|relaxing)\s+)+(?:w\/e|wknd|wkend)\b`,
  // An exclamation, not an order: "Hey, look at that!"
  String.raw`^\W*(?:(?:hey|wow|oh)\b\W*)?look\s+at\s+(?:that|this|them|him|her)\s*!+\s*$`,
  // A preface; the ask is the next sentence: "Could you please do me a favor?"
  String.raw`^\W*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?do\s+me\s+a\s+(?:big\s+|small\s+|quick\s+|huge\s+)?favou?r\W*$`,
  // Found on the tenth development sheet (the CMU sent folders): "Give me a little time and I'll get you some names"
  // promises; "Absolutely, we would enjoy having Angela join us" accepts; "We should hear from the bank on Monday"
  // forecasts; "I wonder if this will ever get to Ireland?" muses; "how can you beat sitting on a deck…",
  // "Can you freakin' believe it?" exclaim; "I'll see you tonight at rehearsal" is a goodbye.
  String.raw`^\W*give\s+(?:me|us)\s+(?:a\s+(?:little|few|couple\s+of)\s+|some\s+)?(?:time|minutes?|days?|hours?|a\s+(?:day|week|minute|second|bit))\b.{0,20}\band\s+(?:i|we)(?:['’]ll|\s+will)\b`,
  String.raw`^\W*(?:absolutely|sure|certainly|of\s+course|yes)\b,?\s+(?:we|i)\s+(?:would|['’]d)\s+(?:enjoy|love|be\s+(?:happy|glad|delighted))\b`,
  String.raw`^\W*(?:we|i)\s+should\s+(?:hear|know|receive|get\s+word|see)\b`,
  String.raw`^\W*i\s+wonder\s+(?:if|whether)\s+(?:this|that|they|he|she|it)\s+(?:will|would|ever)\b`,
  String.raw`\bhow\s+can\s+(?:you|u|anyone|one)\s+beat\b`, String.raw`^\W*can\s+you\s+(?:\S+\s+)?believe\s+(?:it|this|that)\b`,
  String.raw`^\W*(?:i['’]ll|i\s+will|we['’]ll|we\s+will)\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?:you|u)\s+(?:soon|later|then)\W*$`,
  String.raw`^\W*(?:i['’]ll|i\s+will|we['’]ll|we\s+will)\s+see\s+(?:you|ya|u)\s+(?:tonight|tomorrow|then|there|soon|later|at|on|next|the\s+next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  // Found on the seventh final sheet, used for development after its figures were taken: preferences given as an
  // answer ("Monday would be better."), a trip asked after, a goodbye inside a sentence, rhetorical "what's wrong
  // with…", "can you imagine…", "don't be upset if…", a wish ("i would love to get to miami").
  String.raw`^(?![^?]*\b(?:if\s+you|you|your)\b)(?:\S+\s+){0,8}would\s+be\s+(?:better|best|good|great|fine|ideal|perfect)\b[^?]*$`,
  String.raw`^\W*how\s+(?:was|were)\s+[A-Z][a-z]+\s*\?+\s*$`, String.raw`\bhave\s+a\s+(?:great|good|nice|wonderful)\s+(?:long\s+)?(?:weekend|holiday|trip|vacation|time)\b(?![^?]*\b(?:please|pls)\b)[^?]*$`,
  String.raw`^\W*what['’]?s\s+wrong\s+with\s+(?:this|that|doing|having|using)\b`, String.raw`^\W*can\s+you\s+imagine\b`,
  String.raw`^\W*(?:don['’]t|do\s+not)\s+(?:be\s+(?:upset|alarmed|surprised|offended)|worry|feel\s+bad)\b`, String.raw`^\W*believe\s+it\s+or\s+not\b`, String.raw`^\W*i\s*(?:would|['’]d)\s+love\s+to\s+(?!have\s+your|hear|get\s+your|see\s+your)`,
  // Warmth and answers: "please give them both my best", "Ingrid's fine - and you?", "Hold tight!", "And how are my
  // grandbabies?", "That is ok with me", "I am available tomorrow after 3".
  String.raw`\bgive\s+(?:\w+\s+){0,2}my\s+(?:best|love|regards)\b`, String.raw`\b(?:fine|good|great|well|ok|okay)\b[^?]{0,20}\band\s+(?:you|u)\s*\?+\s*$`,
  String.raw`^\W*hold\s+tight\b`, String.raw`^\W*(?:and\s+)?how\s+(?:are|is)\s+(?:my|the|your)\s+(?:kids|grandbabies|grandkids|family|boys|girls|children|wife|husband|mom|dad|folks|aches)\b`,
  String.raw`^\W*(?:that|this|it)(?:['’]s|\s+is)\s+(?:ok|okay|fine|good|great)\s+(?:with|for|by)\s+me\b`, String.raw`^\W*i\s+am\s+(?:available|free)\s+(?!to\s+help)`,
  // The writer's own hope: "I am hoping next time I could visit you all"; "I'm hoping you can…" still asks.
  String.raw`^\W*(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+hoping\s+(?:that\s+)?(?!you\b|u\b|someone\b|somebody\b|anyone\b)`,
  // The writer's own to-do with the "I" dropped ("Need to develop an approval process"), and a talk's signposts.
  String.raw`^\W*need\s+to\b(?!\s+(?:know|hear)\b)`, String.raw`^\W*(?:first|now|next|so),?\s+let['’]s\b`, String.raw`\blet['’]s\s+take\s+a\s+look\s+at\b`,
  String.raw`^\W*keep\s+(?:me|us)\s+posted\s+on\s+(?:what|how)\s+you\b`,
  String.raw`^\W*(?:see\s+(?:ya|you)|keep\s+in\s+touch|let['’]s\s+keep\s+in\s+touch|stay\s+in\s+touch|how\s+are\s+(?:you|things)|how['’]s\s+(?:it\s+going|everything|life)|remember\s+(?:our|when|the))\b`,
  String.raw`\bdo\s+drop\s+(?:in|by)\b`,
  // Musing aloud: "Wonder who took the pictures??", "I wonder what they were thinking".
  String.raw`^\W*wonder\s+(?:who|what|why|how|where|when)\b`,
  String.raw`^\W*(?:(?:hey|hi|hello)\W+)?how\s+(?:are\s+)?(?:you|ya)\s+doing\b`, String.raw`^[^.?!]{0,40}\bhow\s+the\s+(?:heck|hell)\s+are\s+(?:you|ya|u)\b`, String.raw`^\W*never\s*mind\b`,
  // "Say hi to Cindy", "hang in there", "Wednesday at 2 works for me" (an answer, not an ask).
  String.raw`^\W*(?:say\s+(?:hi|hello)|give\s+my\s+(?:love|regards|best))\s+to\s+[\w\s.,&'’-]{1,60}[.!]*\s*$`, String.raw`\bhang\s+in\s+there\b`,
  String.raw`^[^?]*\bworks?\s+(?:fine\s+|well\s+|great\s+|best\s+)?for\s+(?:me|us)\W*$`, String.raw`^\W*look(?:ing)?\s+fo\w*ward\s+to\b`,
  // What should have been, said after the fact: "someone should have warned you about the drinks".
  String.raw`^(?![^?]*\b(?:please|pls)\b)[^?]*\b(?:should|could|would)\s+have\s+(?:been|\w+ed|\w+en)\b[^?]*$`,
  // Small talk that opens a note: "Hey, what's going on?", "I hope to see you and Nicole on Thursday".
  String.raw`^\W*(?:(?:hey|hi|hello)\b\W*)?(?:what['’]?s\s+(?:going\s+on|up|new|happening)|what\s+is\s+(?:going\s+on|up|new|happening))(?:\s+(?:dude|man|guys|buddy|pal|mate|there|cuz|bro|y['’]all))?\W*$`, String.raw`^\W*(?:i\s+)?hope\s+to\s+see\s+you\b`,
  // Tag questions answer themselves: "Feels like a Monday, doesn't it?". Not "…, right?": "These are February
  // numbers only, right?" asks the reader to confirm (thirteenth development sheet).
  String.raw`(?:,|\btho(?:ugh)?)\s*(?:doesn['’]?t|does|isn['’]?t|is|aren['’]?t|wasn['’]?t|don['’]?t|won['’]?t|can['’]?t|eh|huh|no|yes)\s*(?:it|he|she|they|you|that|this|we)?\s*\?+\s*$`,
  String.raw`^\W*(?:(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+)?looking\s+forward\b`,
  // Found on the thirteenth final sheet, used for development after its figures were taken: a goodbye ("Talk with you
  // tonight!"), small talk ("How's your day?", "What's going on and how was your weekend?"), a cheer ("Way to go
  // guys, keep it up", "Hook 'em!"), the writer leaving ("Have to run to a meeting"), an interjection ("Wait just a
  // minute."), an apology ("Sorry I didn't get to talk with you last night."), how to read a forward ("Start from
  // the bottom and work your way up", "Please read below"), and a question put for argument's sake ("the question
  // becomes: how many times must fans pay…?"); a forecast of what can be done ("Joal thinks we should be able to…").
  String.raw`^\W*(?:(?:ok|okay|great|thanks)\W+)?(?:talk|speak|chat)\s+(?:to|with)\s+(?:you|u|ya)\s+(?:later\s+)?(?:soon|later|then|tonight|tomorrow|this\s+\w+|on\s+\w+)\W*$`,
  String.raw`\bhow['’]s\s+(?:your|the)\s+(?:weekend|trip|holiday|vacation|week|day|flight|visit|morning|afternoon|evening)\s*\?+\s*$`,
  String.raw`^\W*(?:(?:hey|hi|so)\b\W*)?what['’]?s\s+(?:going\s+on|up|new)\s+and\s+how\s+(?:was|is|were)\s+(?:your|the)\s+\w+\s*\?+\s*$`,
  String.raw`^\W*(?:way\s+to\s+go|keep\s+it\s+up|hook\s+['’]em|go\s+(?:team|get\s+(?:em|'em|them)))\b`,
  String.raw`^\W*(?:(?:i|we)\s+)?(?:have\s+to|gotta|got\s+to)\s+(?:run|go|fly|dash|jump\s+off)\b`,
  String.raw`^\W*wait\s+(?:just\s+)?a\s+(?:minute|second|sec|moment)\W*$`,
  String.raw`^\W*(?:(?:i\s+am|i['’]m|so|very|really)\s+)*sorry\s+(?:i|we|for|about|that)\b(?![^?]*\?)(?![^.!]*\b(?:please|pls|can\s+you|could\s+you)\b)`,
  String.raw`^\W*start\s+(?:from|at)\s+the\s+bottom\b`, String.raw`^\W*(?:please\s+)?read\s+(?:the\s+)?(?:below|(?:e-?mail|message|note|thread)\s+below)\W*$`,
  String.raw`\b(?:we|i|they|he|she|it)\s+should\s+be\s+able\s+to\b(?![^?]*\?)`,
  // The twelfth development sheet: "I will see you for dinner", "Bear in mind that my plan is open", "Let's see...".
  String.raw`^\W*(?:i['’]ll|i\s+will|we['’]ll|we\s+will)\s+see\s+(?:you|ya|u)\s+(?:for|at)\s+(?:dinner|lunch|drinks|breakfast|coffee|the\s+(?:game|party|dinner|lunch))\W*$`,
  String.raw`^\W*(?:please\s+)?(?:bear|keep)\s+in\s+mind\s+(?:that\s+)?(?!to\b)`, String.raw`^\W*let['’]?s\s+see\b`,
  // The fourteenth development sheet: small talk ("How is DC?", "What has been going on with you?"), a greeting passed
  // on ("Tell Angela I look forward to seeing her"), an answer ("It looks like Thursday is fine."), a hope ("Let's
  // just hope…"), the writer's view with the "I" dropped ("Do not believe we've seen the worst yet."), a guess.
  String.raw`^\W*how(?:\s+is|['’]s)\s+(?:[a-z][a-z.]*|the\s+(?:weather|family|baby|kids|new\s+\w+))\s*\?+\s*$`,
  // The sixteenth development sheet: small talk, patience asked, the writer's own availability or arrival, an answer
  // in short day names, a courtesy offer, a hypothetical put to a list.
  String.raw`^\W*are\s+you\s+enjoying\s+(?:yourself|it|the|your)\b[^?]*\?+\s*$`,
  String.raw`^\W*give\s+me\s+(?:a\s+(?:little|bit\s+of|few|couple\s+of)|some|more)\s+(?:time|days|minutes|hours)\b`,
  // Each day name matches one way only (a word, then a mark or a space), so a long run of them cannot backtrack.
  String.raw`^\W*(?:(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)\.?,?\s+(?:(?:and|or|&)\s+)?)+(?:is|are|works|work|would\s+be|will\s+be)\s+(?:fine|good|great|ok|okay|perfect|best)\b`,
  String.raw`\b(?:would|will|['’]d)\s+be\s+(?:happy|glad|pleased)\s+to\s+(?:provide|answer|help|discuss|send|give)\b[^?]{0,60}\b(?:you\s+(?:need|may\s+need|might\s+need|require|want)|questions)\b`,
  String.raw`^\W*if\s+you\s+(?:had|were)\b[^?]*,\s*would\s+you\b`, String.raw`^\W*wouldn['’]t\s+you\s+have\s+\w+(?:ed|en)\b`,
  String.raw`^\W*what\s+(?:has|have)\s+(?:been\s+)?(?:going\s+on|happening)(?:\s+with\s+(?:you|u|ya))?\s*\?+\s*$`,
  String.raw`^\W*(?:tell|remind)\s+[a-z]+\s+(?:that\s+)?(?:i|we)\s+(?:look\s+forward|said|say|miss|love|send)\b`,
  String.raw`^\W*(?:it\s+looks\s+like\s+|i\s+think\s+(?:that\s+)?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|that|this|it)(?:\s+(?:time|date|day|place|time\s+and\s+place))?\s+(?:is|are|works|work|would\s+be|will\s+be)\s+(?:fine|good|great|ok|okay|perfect)(?:\s+(?:with|for|by)\s+(?:me|us))?\W*$`,
  String.raw`^\W*let['’]?s\s+(?:just\s+)?hope\b`, String.raw`^\W*(?:do\s+not|don['’]t)\s+(?:believe|think)\s+(?:we|that|it|they|he|she|this|there)\b`,
  String.raw`^\W*let\s+me\s+guess\b`,
  String.raw`\bthe\s+(?:\w+\s+)?question\s+(?:becomes|remains)\b`, String.raw`^\W*this\s+is\s+the\s+(?:\w+\s+)?question\s*:`,
  // The fifteenth development sheet: another's plan or a guess ("He will probably take us out for lunch", "I suspect
  // that, if DWR is free, we'll be meeting"), a pointer to a story ("Check this story out"), a verdict with "huh?".
  String.raw`^\W*(?:he|she|they)\s+(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to)\s+(?:probably|likely|surely|definitely|certainly)\b(?![^.!?]*\b(?:you|your|u)\b)[^?]*$`,
  String.raw`^\W*i\s+(?:suspect|guess|bet|imagine)\b(?![^.!?]*\b(?:you|your|u)\b)[^?]*$`,
  // The fifteenth final sheet (used for development after its figures were taken): worked examples ("Assume you want
  // to…"), news told ("Did you know that…?"), an idiom, a courtesy, assurance, permission and a greeting passed on.
  String.raw`^\W*(?:also\s+|now\s+)?(?:assume|suppose|imagine|pretend)\b`, String.raw`^\W*did\s+(?:you|ya|u)\s+know\s+that\b`,
  String.raw`\bwhat\s+is\s+the\s+world\s+coming\s+to\b`, String.raw`^\W*(?:either\s+way,?\s+)?consider\s+it\s+done\b`, String.raw`^\W*\w+\s+away\s*!+\s*$`,
  String.raw`^\W*(?:and\s+)?(?:please\s+)?(?:tell|give)\s+\w+\s+(?:that\s+)?(?:(?:i|we)\s+(?:said|say)\s+(?:hello|hi|hey)|my\s+(?:best|love|regards))\b`,
  String.raw`^\W*(?:and\s+)?(?:please\s+)?say\s+(?:hello|hi|hey)\s+to\b`,
  // The seventeenth development sheet: a list post's exposition ("Consider the two images attached below", "Contrast
  // this with…"), "Got it" mistyped, a meeting already arranged, the writer's view with the "I" dropped, a sign-off,
  // "…or what?", an attachment announced.
  String.raw`^\W*(?:consider|contrast|compare)\s+(?:this|that|these|those|the|with|it)\b(?![^.!?]*\b(?:let\s+me\s+know|and\s+(?:send|tell|call|reply))\b)[^?]*$`,
  String.raw`^\W*go(?:t)?\s+it\W*$`, String.raw`\b(?:has|have|had)\s+(?:already\s+)?(?:arranged|scheduled|set\s+up|booked|organi[sz]ed)\s+(?:a|the)\s+(?:meeting|call|lunch|dinner|conference\s+call)\b[^?]*$`,
  String.raw`^\W*(?:do\s+not|don['’]t)\s+(?:know|remember|recall)\s+(?:if|whether|what|how|why|when|where|who)\b[^?]*$`,
  String.raw`^\W*(?:(?:better|gotta|got\s+to|have\s+to|must)\s+(?:run|go)\W+)?let['’]?s\s+(?:talk|chat|speak)\s+(?:soon|later)\W*$`, String.raw`^\W*(?:was|were|is|are|am|isn['’]t)\s+(?:i|you|he|she|it|that|this|we|they)\b[^?]{0,60}\bor\s+what\s*\?+\s*$`,
  String.raw`^\W*(?:[^,]{0,80},\s*)?(?:i|we)\s*(?:am|are|['’]m|['’]re)\s+(?:attaching|enclosing)\b(?![^.?!]*\b(?:please|could\s+you|can\s+you|let\s+me\s+know)\b)`,
  // A third party's news and a duty waived: "He knows we want to meet with Craver and offered to set it up", "We
  // don't have to call Transco when we change the volumes" (the fifteenth development sheet, re-read).
  String.raw`^\W*(?:he|she|they)\s+(?:knows|knew|said|says|told|mentioned|thinks|thought|offered)\b[^?]*$`,
  String.raw`^(?![^?]*\bplease\b)\W*(?:we|you)\s+(?:don['’]t|do\s+not)\s+(?:have|need)\s+to\b[^?]*$`,
  // The eighteenth development sheet: rhetoric ("what to do?"), small talk ("What's up with you?", "Did you know?",
  // "Did I tell you…"), directions given ("Take Highway 2 south"), an offer of help, others' availability reported.
  String.raw`\bwhat\s+to\s+do\s*\?+\s*$`, String.raw`^\W*what['’]?s\s+up\s+with\s+(?:you|u|ya)\W*$`, String.raw`^\W*did\s+(?:you|ya|u)\s+know\s*\?+\s*$`,
  String.raw`^\W*did\s+i\s+(?:tell|mention\s+to)\s+(?:you|u)\b`,
  String.raw`^\W*take\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:hwy|highway|exit|freeway|interstate|i-\d+|turnpike|loop|beltway|route)\b`,
  String.raw`^\W*(?:do\s+you\s+)?(?:want|need)\s+(?:some\s+|any\s+)?help\b(?![^?]*\bwith\b[^?]*\bme\b)`, String.raw`\b(?:is|are)\s+available\s+to\s+meet\b[^?]*$`,
  // The nineteenth development sheet: courtesies ("Don't ever hesitate to wave or stop in", "Talk to ya later, Rob"),
  // apologies and hopes looking back, "consider the fact that…", the writer unavailable, small talk ("Your family?",
  // "What's the scoop?", "How's the little one?"), an offer to add people to a list.
  String.raw`^\W*(?:please\s+)?(?:don['’]t|do\s+not)\s+(?:ever\s+)?hesitate\s+to\s+(?:wave|stop|say|drop|come)\b`,
  String.raw`\b(?:i['’]ve|i\s+have)\s+been\s+meaning\s+to\b`,
  String.raw`^\W*i\s+was\s+hoping\s+(?:that\s+)?(?:they|he|she|it)\b`, String.raw`\bconsider\s+the\s+fact\s+that\b`,
  String.raw`^\W*(?:unfortunately,?\s+)?(?:i|we)\s+(?:shall|will|won['’]t|should|would|can['’]t|cannot)\s+(?:not\s+)?be\s+(?:available|free|around|in\s+the\s+office|able\s+to\s+(?:attend|make\s+it))\b[^?]*$`,
  String.raw`^\W*(?:and\s+)?(?:your|the)\s+(?:family|kids|wife|husband|folks|parents)\s*\?+\s*$`, String.raw`^\W*what['’]?s\s+the\s+(?:scoop|story|word)\b`,
  String.raw`\blet\s+(?:me|us)\s+know\s+if\s+there\s+(?:are|is)\s+any(?:one|thing)?\s+(?:other|else|more)\b`,
  // The twentieth development sheet: small talk about life ("How's school going?", "Are you feeling better?", "How
  // about yourself?"), courtesies ("Call if you need anything", "Let me know if this one does not work", "Leave me a
  // message if…"), a pointer to an attachment, thanks, an acceptance, "Who knows?", a call tried, a recipe's steps.
  String.raw`^\W*how(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:your\s+|the\s+)?(?:\w+\s+)?(?:school|family|kids|dogs?|cats?|vacation|trip|weekend|lunch|dinner|party|holidays?|wedding|honeymoon|baby|golf|game|house|job|position|mom|dad|wife|husband|folks|parents|life|little\s+(?:one|guy|girl|man))\b[^?]*\?+\s*$`,
  String.raw`^\W*(?:are|r)\s+(?:you|u)\s+feeling\s+(?:any\s+)?(?:better|ok|okay)\b`, String.raw`^\W*(?:and\s+)?(?:how|what)\s+about\s+yourself\s*\?`,
  String.raw`^\W*(?:call|e-?mail|ping|holler|shout)\s+(?:me\s+)?if\s+you\s+need\s+anything\b`,
  String.raw`\blet\s+(?:me|us)\s+know\s+if\s+(?:(?:this|it|that|the\s+\w+)(?:\s+one)?\s+(?:does\s+not|doesn['’]t|won['’]t|will\s+not|didn['’]t)\s+(?:work|open|come\s+through)(?!\s+for\s+(?:you|u))|you\s+(?:still\s+)?(?:can['’]t|cannot|can\s+not)\s+(?:see|open|read|get))\b`,
  String.raw`\bleave\s+me\s+a\s+(?:message|note|voice\s?mail)\s+if\b`, String.raw`^\W*(?:[^,]{0,60},\s*)?(?:please\s+)?see\s+(?:the\s+)?(?:attached|enclosed)\b(?![^.?!]*\bfor\s+your\s+(?:review|comments|approval|signature|execution|input)\b)`,
  String.raw`\b(?:i|we)\s+(?:would|['’]d)\s+like\s+to\s+thank\b`, String.raw`^[^?]*\bsounds?\s+(?:good|great|fine|perfect|ok|okay)(?:\s+to\s+(?:me|us))?\W*$`,
  String.raw`^\W*who\s+knows\s*\?+\s*$`, String.raw`^\W*i\s+tried\s+to\s+(?:call|reach|e-?mail|contact)\s+(?:you|u)\b`,
  String.raw`^\W*(?:then\s+|now\s+|just\s+)?(?:add|stir|bake|pour|chop|mix|simmer|boil|fry|saute|sauté|preheat|season|whisk|heat|cook|serve|slice|dice|marinate|leave|keep|put)\b[^?]*\b(?:oil|sauce|pan|oven|salt|pepper|butter|juice|tomato(?:es)?|garlic|onions?|fish|chicken|flour|sugar|cups?|tbsp|tsp|teaspoons?|tablespoons?|simmer|stirring|bake|baking)\b[^?]*$`,
  // The sixteenth final sheet (used for development after its figures were taken): the writer's availability, a
  // date accepted ("The 4th looks good for now"), weather talk, how to read a forward, files said to be attached, an
  // offer to talk, agreement with the "I" dropped, "Look how…".
  String.raw`^\W*(?:i|we)\s+(?:am|are|['’]m|['’]re)\s+(?:only\s+|also\s+)?(?:available|free)\b[^?]*$`,
  String.raw`^\W*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:looks|sounds|is|works)\s+(?:good|fine|great|ok|okay|best)\b`,
  String.raw`^\W*is\s+it\s+(?:cold|hot|warm|raining|snowing|nice|sunny)\b`, String.raw`^\W*start\s+(?:from|with|at)\s+the\s+(?:bottom|last|first|end)\b`,
  String.raw`^[^?]*\b(?:is|are)\s+(?:attached|enclosed)\W*$`,
  String.raw`\b(?:would|will|['’]d)\s+be\s+(?:happy|glad|pleased)\s+to\s+(?:talk|chat|speak)\s+(?:to|with)\s+(?:you|either\s+of\s+you|any\s+of\s+you)\b`,
  String.raw`^\W*(?:have\s+to|must|gotta)\s+agree\b`, String.raw`^\W*look\s+(?:at\s+)?how\b[^?]*$`,
  String.raw`^\W*check\s+(?:this|these|it)\s+(?:\w+\s+)?out\b(?![^.!?]*\b(?:and|then)\s+(?:let|tell|send|give|call)\b)[^?]*$`,
  String.raw`^(?![^?]*\b(?:you|u)\b)[^?]{0,60}\b(?:huh|eh)\s*\?+\s*$`,
  // The seventeenth final sheet (used for development after its figures were taken): a wish for a feast day, love sent
  // through the reader, a forecast of where figures will stand, a musing "wouldn't it be nice if…".
  String.raw`^\W*(?:and\s+)?have\s+a\s+(?:very\s+)?(?:happy|merry|great|good|nice|wonderful)\s+\w+\s+(?:day|weekend|holiday|holidays)\W*$`,
  String.raw`^\W*(?:please\s+)?give\s+[^.?!]{1,40}?\s+(?:a\s+)?(?:big\s+)?(?:hugs?|kiss(?:es)?|squeeze)\b[^.?!]*\bfor\s+(?:me|us)\b`,
  String.raw`^\W*(?:[^,?]{0,40},\s*)?(?:we|it|this|that|they|the\s+\w+)\s+should\s+be\s+(?:well\s+)?(?:above|below|over|under|around|about|close\s+to|done|finished|complete|completed)\b[^?]*$`,
  String.raw`^\W*(?:now,?\s+)?(?:wouldn['’]t|won['’]t|isn['’]t)\s+it\s+be\s+(?:nice|great|cool|wonderful|lovely|fun)\s+if\b`,
  // The twenty-first development sheet: the writer's own need ("I will need to review them when I am back", "I need
  // more time to finish"), feelings told ("I want you to know how much…", "please know that…"), "Does that help?".
  String.raw`^\W*(?:i|we)\s+(?:will|['’]ll|shall)\s+(?:probably\s+|also\s+)?need\s+to\b(?![^.?!]*\b(?:you|your|u)\b)[^?]*$`,
  String.raw`^\W*i\s+need\s+(?:more\s+|some\s+|a\s+(?:bit|little)\s+more\s+)?time\b(?![^.?!]*\b(?:you|your|u)\b)[^?]*$`,
  String.raw`^\W*(?:i|we)\s+want(?:ed)?\s+(?:you|u)\s+to\s+know\b`, String.raw`^\W*(?:and,?\s+)?please\s+know\s+that\b`,
  String.raw`^\W*(?:does|did|would)\s+(?:that|this|it)\s+help\W*$`,
  // The twenty-second development sheet: "Be safe.", "Do you need anything from me?" (an offer), a sign-off typed
  // "tommorow", a call tried, small talk about a course or a show.
  String.raw`^\W*be\s+(?:safe|careful|well)\W*$`, String.raw`^\W*(?:do|did)\s+(?:you|u)\s+need\s+anything\s+(?:else\s+)?(?:from\s+(?:me|us))?\s*\?+\s*$`,
  String.raw`^\W*(?:talk|speak)\s+(?:to|with)\s+(?:you|u|ya)\s+(?:tom+or+ow|later|soon)\W*$`,
  String.raw`^\W*(?:i['’]ve|i\s+have)\s+been\s+trying\s+to\s+(?:call|reach|e-?mail|contact)\s+(?:you|u)\b`,
  String.raw`^\W*how\s+(?:was|were)\s+(?:your|the)\s+(?:\w+\s+)?(?:course|class|seminar|conference|concert|show|game|party|wedding|race|tournament)\s*\?+\s*$`,
].join('|'), 'i');
// Addressing people is not asking them: "Beth, Mark -", "Big 12 Ticket Holders,".
const VOCATIVE_ONLY = /^[\p{Lu}][\p{L}'’.-]*(?:\s?(?:[,&/]|and)\s?[\p{Lu}][\p{L}'’.-]*|\s[\p{Lu}\d][\p{L}\d'’.-]*){0,5}\s?[-–:,;!]?$/u;
// Thanks look back; "thanks in advance" looks forward and goes with an ask. The spaces before "appreciate" belong to
// `\W*` unless "I" or "we" comes between: `\W*\s*` split a run of spaces every way (quadratic, linear-patterns.test.ts).
const THANKS = /^\W*(?:thank\s+you|thanks|many\s+thanks|thx|(?:(?:i|we)\s*)?(?:really\s+|truly\s+|greatly\s+|very\s+much\s+)?appreciated?\s+(?:your|the|all|it)\b(?![^.?!]*\bif\b))\b(?!\s+in\s+advance)/i;
const ANNOUNCEMENT = new RegExp([
  String.raw`\bplease\s+join\s+(?:me|us)\s+in\s+\w+ing\b`,
  String.raw`^\W*(?:please\s+)?(?:welcome|note\b|be\s+(?:advised|aware|informed))`,
  String.raw`^\W*(?:please\s+)?find\s+(?:attached|enclosed|below)\b`,
  String.raw`\b(?:we\s+are|we['’]re|i\s+am|i['’]m)\s+(?:pleased|happy|delighted|excited|proud)\s+to\s+(?:announce|report|share|welcome|inform)\b`,
  // Not "FYI - Let's discuss.": an ask after the lead-in (fifteenth development sheet).
  String.raw`^\W*(?:fyi|for\s+your\s+(?:information|reference|records))\b(?![\s\W]*(?:let['’]?s|please|pls|can\s+you|could\s+you|would\s+you)\b)`,
  // Pointers to what is attached or below ask nothing: "Please find attached the deck", "Please see below".
  String.raw`^\W*(?:attached,?\s+)?please\s+(?:find|see)\s+(?:attached|enclosed|below|the\s+(?:attached|enclosed|below)|my|our|a\s+copy)\b`,
  String.raw`^\W*(?:[A-Z][a-z]+,\s*)?please\s+find\b.{0,60}\b(?:attached|enclosed|below)\b`,
  String.raw`^\W*(?:[^,]{0,60},\s*)?(?:please\s+)?see\s+(?:the\s+)?(?:attached|below|enclosed|\S+(?:\s\S+){0,5}\s+(?:below|attached|enclosed))(?:\s+(?:for|in)\s+\S+(?:\s\S+){0,3})?[.!:]?\s*$`,
  String.raw`^\W*please\s+(?:do\s+not|don['’]t)\s+(?:reply|respond)\s+to\s+this\b`,
  String.raw`^\W*(?:please\s+)?see\s+(?:the\s+)?attached\b`, String.raw`\bfor\s+(?:more|further)\s+(?:information|details)\.?\s*$`,
  String.raw`^\W*please\s+take\s+note\b`, String.raw`\bpast\s+performance\s+is\s+(?:not|no)\b`,
  // "Just to let everyone know, I called Audrey": news, whatever follows; "let me know" is another matter.
  String.raw`^\W*(?:just\s+)?(?:(?:to|wanted\s+to|want\s+to)\s+)?let(?:ting)?\s+(?:everyone|every\s+one|you\s+all|all\s+of\s+you|y['’]?all|you)\s+know\b(?!\s+(?:if|whether|when|what|how|which)\b)`, String.raw`\breceived\s+this\s+(?:message|e-?mail|communication|transmission)\s+in\s+error\b`, String.raw`\bnotify\s+the\s+sender\b`, String.raw`\bdelete\s+(?:it|this\s+(?:message|e-?mail))\s+from\s+your\s+(?:system|computer)\b`,
  // "Pursuant to your request, attached is a plain motion": what is attached answers; it asks nothing.
  String.raw`^\W*(?:pursuant\s+to|per|as\s+per|as)\s+(?:your|our)\s+(?:request|conversation|discussion|call)\b,?\s+(?:attached|enclosed|here|below)\b`,
  // Sign-in details handed over: "Please use your UNIX id and password to access ERMS."
  String.raw`^\W*please\s+use\s+(?:your|the|this)\s+(?:\S+\s+){0,3}(?:id|login|log-?in|password|user\s?name|user\s?id)\b`, String.raw`^\W*(?:don['’]t|do\s+not)\s+miss\s+(?:it|out|this)\b`,
].join('|'), 'i');

// A line that introduces what follows ("Attend our Basics Clinic:", "…should follow the principles:"), unless it
// asks in its own words: "Please help me understand:", "Does anyone else see this:".
const INTRODUCES = /:\s*$/;
const ASKS_AHEAD = /^(?![^:]*\b(?:click|clicking|link|url|going\s+here)\b)\W*(?:[a-z]+,\s*)?(?:please|pls|kindly|(?:can|could|would|will|does|do|did|is|are|has|have)\s+(?:you|u|anyone|anybody|someone|somebody|we)\b|any(?:one|body)\s+(?:know|have|seen|else)|can\s+(?:i|we)\s+(?:get|have|see)\b|let['’]?s\s+(?:have|get|start|look|review|discuss|go\s+over)\b|(?:if\s+possible,?\s+)?(?:i|we)\s*(?:would|['’]d)\s+like\b)/i;
// Labels that introduce an ask rather than a field: "Question: should this change…?", "Action required: …".
const ASKING_LABEL = /^\W*(?:questions?|q|request|action(?:\s+(?:required|item|needed))?|urgent|help)\s?:/i;
// Reported speech: the whole sentence is inside quotation marks.
const QUOTED = /^["“'‘].*["”'’][.!?]?$/s;
// A field of a notice or a form: "Outage: Enable routing…", "MARKET DATA: No Scheduled Outages".
// One space between words, so a run of capitals splits one way only (the old `(?:\p{Lu}…*\s?){1,3}` backtracked
// over every split: tests/unit/linear-patterns.test.ts).
const FIELD_LABEL = /^\W*\p{Lu}[\p{L}/&-]*(?:\s\p{Lu}[\p{L}/&-]*){0,2}\s?:\s|^\W*\p{Lu}\p{Ll}+\s\p{Ll}+:\s*(?:[\d$]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s)/u; // also "Start date: 7/01", "Target date: Nov. 15"

/** "Fix for the Issuing Entity", "o Target Number of Transactions": a heading or an outline item, not a sentence. */
function isHeading(text: string): boolean {
  const t = text.trim().replace(/^(?:[o•*-]|\d+[.)])\s+/, '');
  if (/^please\b/i.test(t)) return false; // "PLEASE SUBMIT BY NOON ON MONDAY" asks, in capitals
  if (/[.!?:;,]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && words.length <= 7 && capitalised * 2 > words.length && capitalised >= 2;
}

// Short questions that ask: "Thoughts?", "Any ideas?", "Are you in?"; other two-word questions are asides ("Dah?",
// "Sound easy?") or the tail of a sentence cut at a line break ("available?").
// "Was I close?" and "Friday 2:00?" (a time proposed) ask too (tenth final sheet, used for development afterwards).
const SHORT_ASK = /^\W*(?:please|pls|kindly)\b|^\W*(?:sounds?|looks?|seems?)\s+(?:reasonable|ok|okay|good|fair|right|correct)\b|^\W*(?:that|this|does\s+that|would\s+that)\s+works?\b|^\W*(?:any\s+)?(?:thoughts|ideas|comments|suggestions|questions|objections|feedback|takers|volunteers|anyone|update|news|status)\b|\b(?:you|your|we|us)\b|^\W*(?:can|could|would|will|do|does|did|is|are|was|were|has|have|any|what|when|where|who|why|how|which|shall|should|may)\b|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today)\b/i;

/** "available?", "(Call the", "in the results structure, but…)?": a piece of a sentence cut at a line break. */
function isFragment(text: string): boolean {
  const t = text.trim();
  // A line cut mid-sentence ends on a word that cannot end one: "For more information, call SBSC at".
  if (!/^\W*please\b/i.test(t) && /(?:\s(?:at|to|of|the|a|an|and|or|for|with|in|on|by|from|is|are|click)|,)\s*$/i.test(t)) return true;
  // Informal mail types questions and "i" in lower case: "has anyone had this?", "i need the file".
  // ("anyway, can you send me that e-mail", "give me a call when you return" ask in lower case too.)
  // After a lead word too ("yeah call me tonight", "and what's his name anyway?"), and a report asked for ("get back
  // to me with…"), a duty ("you have to bid via Pat"), a check ("…on wilcrest - right?"): fifteenth development sheet.
  if (/^[\p{Ll}(&]/u.test(t) && !/^(?:(?:yeah|yes|ok|okay|sure|so|but|and|well|oh|also|hey),?\s+)?(?:can|could|would|will|please|let|do|does|did|is|are|was|were|what|when|where|which|who|why|how|any|anyone|anybody|has|have|should|pls|plz|send|call|give|keep|check|forward|get\s+back|e-?mail|come|wanna|look\s+(?:for|at|into|over)|maybe\s+we\s+(?:can|could|should)|you\s+(?:might|may)\s+want|bring|remind|print|tell|ask|take\s+(?:a\s+look|me|him|her|care)|i|lets|let['’]s|you\s+(?:still|in\s+for|up\s+for|guys|\w+ing|have\s+to|need\s+to|should|must))\b/.test(t)
    && !/\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b|[,-]\s*right\s*\?+\s*$/i.test(t)) return true;
  const words = t.split(/\s+/).length;
  return words <= 3 && /\?\s*$/.test(t) && !SHORT_ASK.test(t);
}

// Source code pasted into a mail: a comment line, a brace, a statement's end, a variable or an assignment. On
// mailing lists these read as orders ("# Return the current selection", "val df = …"). Spaces within a line only, so
// a run of blank lines is not rescanned from each of its line starts (tests/unit/linear-patterns.test.ts).
const CODE = /^[^\S\n]*\w+[^\S\n]{2,}"[^"\n]*"[^\S\n]*$|=[^\S\n]*$|^[^\w\n]*\w+\[\d+\][^\w\n]*$|^[^\S\n]*(?:#(?![\d\s]*$)(?!\d)|\/\/|\/\*|\*\s|[{}])|[;{}][^\S\n]*$|\$[a-z_]\w*|=>|[!=]==?|\b(?:val|var|const|def|function)\s+\w+\s*[:=(]|\breturn\s+[$\w]+[^\S\n]*;?[^\S\n]*$|\w\([^()\s]*\)\.\w/im;

function isCode(text: string): boolean {
  return CODE.test(text);
}

/** True when the sentence only looks like an ask: a courtesy, a pleasantry or an announcement. */
// "Feel free to test it and please let us know the results": a courtesy, then an ask in its own words.
// "PLEASE CALL 713-853-7705 AND LET ME KNOW YOU RECEIVED THIS MESSAGE": a number to call, then the ask.
const ASK_AFTER_COURTESY = /\b(?:and|but)\s+(?:please|pls)\s+\p{L}|\band\s+let\s+(?:me|us)\s+know\s+(?:that\s+)?(?:you|u)\s+(?:got|received|have\s+received)\b/iu;

/** A courtesy, unless an ask of its own follows it ("…, and please let us know the results"). */
// "Could you call me on Monday with further information on our panel?" asks in so many words, whatever follows.
const EXPLICIT_ASK = /^\W*(?:\p{Lu}\p{Ll}+,\s*)?(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:call|e-?mail|contact|send|get\s+back\s+to)\s+(?:me|us)\s+(?:on|by|before|tomorrow|today|this|next)\b/iu;

// A call asked for on a day is an ask, not a contact offer: "Please, call me at 713 853 3848 on Thursday or Friday."
const CALL_ME_WHEN = /^\W*(?:\p{Lu}\p{Ll}+,\s*)?(?:please,?\s+)?(?:call|phone|ring)\s+me\b(?![^.?!]*\b(?:if|when(?:ever)?|with)\b)[^.?!]*\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|this\s+(?:morning|afternoon|evening|week)|asap|as\s+soon\s+as)\b/iu;

// "Please review and let me know if you have any questions": an order first, the courtesy after it.
const ORDER_BEFORE_COURTESY = /^\W*(?:\p{Lu}\p{Ll}+,\s*)?please\s+(?!let\b|call\b|contact\b|feel\b|do\s+not\b|don['’]t\b|e-?mail\b|ask\b)\p{L}+\b[^.?!]{0,60}?\s+and\s+(?:then\s+)?(?:let|call|contact)\b/iu;

// "Could you check into this and let me know if there is something we can do…?": a question put to the reader asks,
// whatever courtesy rides along (nineteenth development sheet).
const ASKED_OUTRIGHT = /^\W*(?:\p{Lu}\p{Ll}+,\s*)?(?:could|can|would|will)\s+you\s+(?!let\s+(?:me|us)\s+know\s+if\s+you\s+have)[^?]*\?\s*$/iu;

// "Give Mark Taylor a call at 713-853-7459": a call asked for, with the number to use (sixteenth final sheet).
const GIVE_NAME_A_CALL = /^\W*(?:[Pp]lease\s+)?[Gg]ive\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+a\s+(?:call|ring)\b/u;

// A courtesy's wording around an ask in its own right: each of the forms above asks, whatever courtesy rides along.
const ASKS_DESPITE_COURTESY = [EXPLICIT_ASK, CALL_ME_WHEN, ORDER_BEFORE_COURTESY, ASKED_OUTRIGHT, GIVE_NAME_A_CALL];

function isCourtesy(text: string): boolean {
  // Most sentences are no courtesy at all: that test first, the exceptions only for the ones that are.
  if (!COURTESY.test(text) || ASKS_DESPITE_COURTESY.some((ask) => ask.test(text))) return false;
  const after = ASK_AFTER_COURTESY.exec(text);
  // "…, but please let me know if you need any additional information": the "please" leads to another courtesy.
  return !after || COURTESY.test(text.slice(after.index + after[0].length - 1));
}

// An order typed all in capitals is a heading or an item of a plan ("ADVERTISE IN THE SUNDAY PAPERS"), not an ask
// of the reader (a plea in capitals, "PLEASE SUBMIT BY NOON", still asks).
const CAPITAL_ITEM = /^[^\p{Ll}]*$/u;
const capitalItem = (text: string) => /\p{Lu}{3}/u.test(text) && CAPITAL_ITEM.test(text) && !/\b(?:PLEASE|PLS|ASAP|YOU|YOUR|LETS|LET['’]S)\b|\?/.test(text);

// Words of a company writing to its customer base, rare in a person's mail: "please add us to your address book",
// "take our survey", "download the app", "for your records" (the verified intent sentences, development half). Such a
// sentence asks no one reader, whatever else it says; only the request detector reads it (a bare order in such
// words is still a bare order to the tone rules).
const MASS_MAILING = /\b(?:address\s+book|safe[- ]?sender|(?:take|complete|fill\s+out|respond\s+to)\s+(?:our|this|the|a)\s+(?:short\s+|brief\s+|quick\s+)?survey|app\s+store|(?:our|the|this)\s+(?:new\s+|free\s+|mobile\s+)?app\b|coupon|sweepstakes|webinar|while\s+supplies\s+last|limited\s+time|for\s+your\s+records|your\s+(?:inbox|e-?mail\s+address|e-?mail\s+preferences|subscription|membership)|activat(?:e|ion)\s+(?:your|the)\s+account|(?:sign|signing)\s+up\s+(?:now|today|for\s+(?:our|free))|(?:register|shop|order|buy)\s+(?:now|today|online)|\d+\s?%\s+off|customer\s+(?:service|support|care)\s+(?:team|center|centre|department)|our\s+(?:customers|members|subscribers|newsletter|website|products|mailing\s+list|e-?mails))\b/i;
export const isMassMailing = (text: string): boolean => MASS_MAILING.test(text);

// "Thanks, do I need to do anything to my outlook?": thanks, then a question (eighteenth development sheet).
const ENDS_ASKING = /\?\s*$/;

export function isNotAnAsk(text: string): boolean {
  return isCourtesy(text) || capitalItem(text) || PLEASANTRY.test(text) || ANNOUNCEMENT.test(text) || THANKS.test(text) && !ENDS_ASKING.test(text) || VOCATIVE_ONLY.test(text.trim()) || isFieldLine(text) || isHeading(text) || isFragment(text) || (INTRODUCES.test(text) && !ASKS_AHEAD.test(text)) || isCode(text) || QUOTED.test(text.trim());
}

// What follows a greeting or a name rather than a field's label: "Hi: Could you send me…", "Ina: could you please…".
const GREETING_LABEL = /^\W*(?:hi|hello|hey|dear|greetings|all|team|folks)\b/i;
const ASK_AFTER_LABEL = /^\s*(?:(?:could|can|would|will)\s+(?:you|u)\b|please\b|pls\b|kindly\b|(?:what|when|where|how|why|who|which|do|does|did|is|are|can|will|would|could)\b[^?]*\?\s*$)/i; // "Jarrod: what is our meeting about?"

/** "Outage: Reboot the routers" is a field of a notice; "Dana: please send it" addresses Dana. */
function isFieldLine(text: string): boolean {
  const label = FIELD_LABEL.exec(text);
  if (!label || ASKING_LABEL.test(text) || GREETING_LABEL.test(label[0])) return false;
  if (ASK_AFTER_LABEL.test(text.slice(label.index + label[0].length))) return false;
  // Trimmed by hand: `replace(/[\W_]+$/, '')` is quadratic on a long run of punctuation (see trim-end.ts).
  const words = trimEndMatching(label[0], /[\W_]/).trim().split(/\s+/);
  return !(words.length === 1 && isFirstName(words[0]!));
}

// Asks stated as the writer's need or wish, which no classifier weight should talk away: "I would appreciate your
// input", "I need you to…", "I was wondering if…", "I encourage each of you to…", "…, please send it to Colleen".
const STRONG = new RegExp([
  String.raw`\b(?:i|we)\s*(?:would|['’]d)\s+(?:really\s+|greatly\s+|very\s+much\s+)?appreciate\b`,
  String.raw`\b(?:i|we)\s+(?:need|want|would\s+like|['’]d\s+like)\s+(?:you|each\s+of\s+you|all\s+of\s+you|everyone)\s+to\b`,
  String.raw`\b(?:i|we)\s+(?:am|was|were|['’]m)\s+wondering\s+(?:if|whether)\b`,
  // "It's important that each of you plan to attend"; a one-word order to an assistant, "Print." (twenty-first
  // development sheet, and the sheets before it re-read).
  // "Sound reasonable?", "Look OK?": the reader's agreement asked (twenty-second development sheet).
  String.raw`^\W*(?:does\s+(?:that|this|it)\s+)?(?:sounds?|looks?|seems?)\s+(?:reasonable|ok|okay|good|fair|right|correct)(?:\s+to\s+(?:you|u))?\s*\?+\s*$`,
  // "How about Friday?", "How bout today at 400": a day proposed for the reader to take (the judged sheets re-read).
  String.raw`^\W*(?:how|what)\s+(?:about|bout)\s+(?:(?:this|next|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|lunch|dinner|breakfast|drinks|coffee|\d)`,
  String.raw`\bit(?:['’]s|\s+is)\s+(?:very\s+)?(?:important|essential|critical|imperative|vital)\s+that\s+(?:you|each\s+of\s+you|all\s+of\s+you|everyone|everybody)\b`,
  String.raw`^\W*(?:pls|please)?\s*(?:print|fax|scan|shred|file|forward|resend)\W*$`,
  String.raw`\bi\s+wonder\s+(?:if|whether)\s+(?:we|you)\b`,
  String.raw`\b(?:i|we)\s+(?:encourage|urge|challenge|invite|ask)\s+(?:you|each\s+of\s+you|all\s+of\s+you|everyone|all)\b`,
  String.raw`\byou\s+will\s+(?:have|need)\s+to\s+(?:explain|tell|send|provide|give|let|call|contact|confirm|sign|return|submit|get\s+back)\b`,
  String.raw`\b(?:ideas|suggestions|thoughts|help|input|feedback|comments|examples|pointers|answers?|responses?)\b.{0,40}\b(?:would\s+be|will\s+be|are|is)\s+(?:most\s+|very\s+|greatly\s+|much\s+)?(?:welcome|appreciated|helpful)\b`,
  String.raw`\bi\s+need\s+to\s+ask\s+you\b`,
  // A question without its mark: "Where can I get a copy of the guaranty.", "Robert and Scott--- what should we do
  // about this.", "What is the latest on the EOL feeds."
  String.raw`^\W*(?:where|how)\s+(?:can|do|should|could)\s+(?:i|we)\s+(?:get|find|obtain|reach|send|locate)\b`,
  String.raw`^\W*(?:\p{Lu}\p{Ll}+(?:\s+and\s+\p{Lu}\p{Ll}+)?\s*[-–—,:]+\s*)?(?:what|how|when|where|which)\s+(?:should|shall|do|can|could|would)\s+(?:we|you|i)\s+\w+`,
  String.raw`^\W*(?:also,?\s+)?what(?:['’]s|\s+is)\s+the\s+(?:latest|status|update)\s+(?:on|with|of)\b`,
  // Found missed on the fifth and sixth final sheets, used for development after their figures were taken: asks put
  // as a need, a wish or a plan for two, without "please" or a question mark.
  String.raw`^\W*(?:\d{1,2}[.)>]\s*)?(?:can|could|would|will)\s+(?:you|u|one\s+of\s+you|someone|somebody|anyone)\s+please\b`,
  String.raw`\bplease\s+do\s+so\b`, String.raw`\bwould\s+like\s+for\s+(?:you|u)\s+to\b`,
  String.raw`^\W*(?:\p{Lu}[\p{L}'’-]+,\s+)?(?:i|we)\s*(?:would|['’]d)\s+like\s+to\s+(?:get\s+(?:this|that|it|these|the)|have\s+(?:the|this|that|it|these|your)|cancel|change\s+my|order|request|reserve|book|set\s+a\s+deadline)\b`,
  String.raw`^\W*(?:\p{Lu}[\p{L}'’-]+,\s+)?i\s+need\s+(?:\d+|some|more|this|that|these|those)\s+\w+`,
  String.raw`^\W*(?:\p{Lu}[\p{L}'’-]+,\s+)?(?:you|both\s+of\s+you|each\s+of\s+you|all\s+of\s+you)\s+(?:will\s+)?(?:need|have)\s+to\s+(?!be\b|know\b|understand\b|remember\b|realize\b|wait\b)\w+`,
  String.raw`^\W*(?:also,?\s+)?we\s+(?:probably\s+|really\s+|also\s+|still\s+)?need\s+to\s+(?:\w+ly\s+)?(?:put|get|go|send|set|schedule|make|prepare|caution|discuss|talk|meet|decide|figure|review|finali[sz]e|agree|come\s+up)\b`,
  String.raw`^\W*let['’]?s\s+(?:head|go|meet|grab|have\s+(?:lunch|dinner|a|coffee)|plan|talk|discuss|schedule|set\s+up|get\s+together)\b`,
  // Found missed on the third final sheet, used for development after its figure was taken (docs/quality.md).
  String.raw`^\W*(?:\d{1,2}[.)>]\s*)?(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:give|send|provide|tell|let|forward|check|confirm|share|review|explain|advise|help|look|call|e-?mail|update|add|make|get|arrange|schedule|sign|return|pass)\b`,
  String.raw`\b(?:would|['’]d)\s+like\s+(?:you|u)\s+to\b`, String.raw`\bwants\s+(?:you|u)\s+to\b`, String.raw`\bi\s+need\s+(?:your\s+|some\s+)?help\b`,
  String.raw`\bit\s+is\s+(?:very\s+|extremely\s+|most\s+|really\s+)?(?:important|essential|critical|imperative|vital)\s+(?:that\s+you|to\s+(?:inform|let|notify|contact|send|submit|complete|confirm|return|tell))\b`,
  String.raw`^\W*i\s+(?:was\s+)?wonder(?:ing)?,?\s+(?:if|whether|how|what|why|when|where|which)\b`,
  String.raw`^\W*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|next)\b,?\s*(?:we|you)\s+(?:need|have)\s+to\b`,
  // Proposals and wishes put to the reader: "I suggest we offer…", "I recommend you start…", "I'd like your guidance".
  String.raw`\b(?:i|we)(?:\s+would\s+|['’]d\s+|\s+)(?:(?:also|strongly|really|would)\s+)?(?:suggest|recommend|propose)\s+(?:that\s+)?(?:you|we)\b`,
  // Found missed on the tenth final sheet, used for development after its figures were taken: "It may be helpful for
  // you to identify…", "it would be interesting if you tried that", "I would like to have you attend with me",
  // "anything you can do to give this guy a sense of … would be great".
  String.raw`\bit\s+(?:may|might|would|could)\s+be\s+(?:\w+\s+)?(?:helpful|useful|good|wise|best|interesting|great|nice)\s+(?:for\s+(?:you|u)\s+to|if\s+(?:you|u)\b)`,
  String.raw`\b(?:i|we)\s*(?:would|['’]d)\s+(?:like|love)\s+(?:to\s+have\s+)?(?:you|u)\s+(?:to\s+)?(?:attend|join|come|meet|be\s+there|participate)\b`,
  String.raw`\banything\s+you\s+(?:can|could)\s+do\b.{0,80}\bwould\s+be\s+(?:great|helpful|appreciated|wonderful|terrific)\b`,
  // Found missed on the eleventh final sheet, used for development after its figures were taken: a request made
  // formally, a need with an amount or a day, a question without its mark, a suggestion (and PLEASE_ASKS below).
  String.raw`\b(?:i|we)\s+(?:am|are)\s+(?:hereby\s+)?requesting\s+(?:that|you)\b`,
  String.raw`^\W*(?:\p{Lu}[\p{L}'’-]+,\s+)?we\s+(?:will\s+)?need\s+(?:\d+|it|them|this|that|these|those)\b`,
  String.raw`^\W*(?:can|could|may)\s+(?:i|we)\s+(?:also\s+|please\s+)?(?:get|have|see|borrow|receive|obtain)\b`,
  String.raw`^\W*you\s+(?:might|may)\s+(?:also\s+)?want\s+to\s+(?!know\b|be\b|think\b)\p{L}+`,
  String.raw`\b(?:i|we)\s*(?:would|['’]d)?\s+(?:like|want|need)\s+(?:to\s+(?:have|get|hear)\s+)?your\s+(?:guidance|input|thoughts|feedback|help|advice|comments|opinion|views|approval|signature|go-ahead|ok|okay|answer|response)\b`,
  // "I need input from commercial folks like you by Wednesday", "we need for you to give us the breakout".
  String.raw`\b(?:i|we)\s+need\s+(?:\w+\s+){0,4}from\s+(?:\w+\s+){0,3}(?:you|u)\b`, String.raw`\bneed\s+for\s+(?:you|u)\s+to\b`,
  // "Any ideas what to do", "Any thoughts on this": an ask, question mark or not; "Help!" alone.
  String.raw`^\W*any\s+(?:ideas?|thoughts|suggestions|pointers|advice|clues?|insights?)\b`, String.raw`^\W*help\s*!+\s*$`,
  String.raw`^\W*we\s+(?:really\s+|also\s+|still\s+)?need\s+(?:these|this|the|your|to\s+get|to\s+have|quotes|copies)\b`,
  String.raw`\bwould\s+be\s+(?:greatly\s+|much\s+|really\s+|most\s+|very\s+much\s+)?appreciated\b`,
  String.raw`\b(?:i|we)\s*(?:would|['’]d)\s+(?:\w+\s+)?appreciate\s+any\b`,
  String.raw`\b(?:i|we)\s*(?:will|['’]ll)\s+need\s+(?!to\b)(?:the|your|a|an|two|three|\d|copies|\w+\s+copies)\b`,
  String.raw`^\W*(?:\p{Lu}[\p{L}'’-]+,\s+)?i\s+need\s+(?:the|your|a|an)\s+\w+`,
  // Found missed on the thirteenth final sheet, used for development after its figures were taken: "Rika can you
  // give our shift people access…" (no mark), "I need to know if…", "Just wanted to see if your around for lunch",
  // "I think you should send us an invite anyway", "How does this list sound for committee."
  String.raw`^\W*(?!(?:what|how|why|who|where|when|which|that|this|it|nor|so|and|but)\b)\p{Lu}\p{Ll}+,?\s+(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?\p{Ll}{2,}`,
  String.raw`\b(?:i|we)\s+need\s+to\s+know\s+(?:if|whether|what|when|where|who|which|how)\b`,
  String.raw`\b(?:wanted|want|wanting)\s+to\s+(?:see|check|find\s+out|ask)\s+(?:if|whether)\s+(?:you|your|you['’]re|u|ur)\b`,
  String.raw`^\W*(?:\p{Lu}[\p{L}'’-]+,\s+)?(?:i\s+think|maybe|perhaps)\s+(?:you|we)\s+should\s+(?!(?:have|be|know|see|hear|receive|get\s+(?:it|this|that))\b)\p{L}+`,
  String.raw`^\W*how\s+does\s+(?:this|that|it|the)(?:\s+\S+){0,3}\s+sound\b`,
  // Missed on the twelfth development sheet: "Just checking to see if things are progressing", "I just need the
  // exact terms", "I'd also like you to start…", "I would like for each of you to think of…", "I am needing the deal
  // number", "Does anyone have any suggestions about where to put it--".
  String.raw`^\W*(?:just\s+)?checking\s+(?:in\s+)?(?:to\s+see\s+)?(?:if|whether)\b`,
  String.raw`^\W*(?:\p{Lu}[\p{L}'’-]+,\s+)?i\s+(?:just|really|also|still)\s+need\s+(?:the|your|a|an|to\s+(?:get|have|see|know))\b`,
  String.raw`\b(?:i|we)\s*(?:would|['’]d)\s+(?:also|really|now)\s+like\s+(?:you|u|each\s+of\s+you|all\s+of\s+you)\s+to\b`,
  String.raw`\bwould\s+like\s+for\s+(?:each\s+of\s+you|all\s+of\s+you|everyone|you\s+all)\s+to\b`, String.raw`\b(?:i|we)\s+(?:am|are)\s+needing\b`,
  String.raw`\b(?:i|we)\s*(?:would|['’]d)\s+like\s+(?:the|your|a|an|these|those|this|that|some)\s+(?:[\w-]+\s+){0,4}(?:copied|sent|done|signed|returned|reviewed|forwarded|updated|completed|printed|faxed)\b`,
  String.raw`^\W*(?:does|do|did|can|could|has|have)\s+(?:anyone|anybody|someone|somebody)\s+\p{Ll}+`,
  // The thirteenth development sheet: "I just wanted you to take a look at this", "I'd like to hear preliminary views
  // by 8:30 Monday", "Anybody up for going to Keneally's tonight", "i would also like to find out what fees…".
  String.raw`\b(?:i|we)\s+(?:just\s+)?wanted\s+(?:you|u|each\s+of\s+you|all\s+of\s+you)\s+to\b(?!\s+know\b)`, // "I wanted you to know your email was received" tells
  String.raw`\b(?:i|we)\s*(?:would|['’]d)\s+(?:also\s+|really\s+)?like\s+to\s+(?:hear|get|have|see)\s+(?:\w+\s+){0,2}(?:views|thoughts|comments|feedback|input|opinions?|reactions?)\b`,
  String.raw`^\W*(?:anybody|anyone|who['’]?s|who\s+is)\s+up\s+for\b`,
  // The fourteenth development sheet: "Ann, Any progress on this.", "i want to see the receipt.", "I am requesting a
  // prepayment", "Also we need to work on…", "we need you guys to fly commercial", "I would suggest getting together…".
  String.raw`^\W*(?:\p{Lu}\p{Ll}+,\s*)?any\s+(?:progress|news|update|word|luck)\s+(?:on|with|about|from)\b`,
  String.raw`^\W*i\s+(?:want|need)\s+to\s+see\s+(?:the|your|a|an)\b`, String.raw`\b(?:i|we)\s+(?:am|are)\s+requesting\s+(?:a|an|the|your)\b`,
  String.raw`^\W*(?:also,?\s+)?we\s+(?:really\s+|also\s+|still\s+)?need\s+to\s+work\s+on\b`,
  String.raw`\b(?:i|we)\s+(?:need|want|would\s+like|['’]d\s+like)\s+(?:you\s+guys|you\s+all|y['’]all)\s+to\b`,
  String.raw`\b(?:i|we)(?:\s+would\s+|['’]d\s+|\s+)(?:also\s+|strongly\s+)?(?:suggest|recommend)\s+\p{Ll}+ing\b`,
  String.raw`\b(?:i|we)\s*(?:would|['’]d)\s+(?:also\s+|really\s+)?like\s+to\s+(?:find\s+out|know|learn)\s+(?:what|when|where|who|which|how|if|whether)\b`,
  String.raw`(?:^|[,;:]\s*)please\s+(?:send|forward|review|confirm|call|reply|respond|rsvp|sign|return|let|advise|check|provide|submit|approve|help|update|complete|fill|e-?mail|contact|schedule|book|arrange|make|give|get|print|bring|read|look|notify|inform|tell|share|clarify|explain|verify|resend|correct|fix|add|remove|change|prepare|ensure|launch|open|run|use|complete|fill|be\s+sure|make\s+sure|map|forward|delegate|mark|keep)\b`,
  // The sixteenth development sheet: an ask relayed or suggested ("Melissa would like us to begin adding a note", "Mr.
  // Skilling suggests that you contact…"), "we were wondering what…", a proposal or a duty opening the sentence.
  String.raw`\b(?:would\s+like|wants|needs)\s+(?:us|you|each\s+of\s+you|everyone)\s+to\b`, String.raw`\b(?:suggests?|recommends?|requests?|requested|asks|asked)\s+that\s+(?:you|we)\b`,
  String.raw`\b(?:i|we)\s+(?:am|was|were|['’]m)\s+wondering\s+(?:what|when|where|who|which|how)\b`,
  String.raw`^\W*(?:(?:so|and|but|also|then|i\s+think|i\s+feel|maybe|perhaps)\W+)?we\s+(?:should|ought\s+to)\s+(?:probably\s+)?(?!be\b|have\s+been\b|not\b|never\b|all\b)\p{Ll}+`,
  String.raw`^\W*(?:\p{Lu}\p{Ll}+,\s*)?(?:i\s+think\s+(?:that\s+)?|maybe\s+|perhaps\s+)?you\s+(?:should|must|will\s+need\s+to|need\s+to)\s+(?!be\b|have\b|get\b|receive\b|end\s+up\b|find\b|notice\b|expect\b|not\b|know\b|see\b|hear\b|probably\b|never\b|all\b)\p{Ll}+`, // not "You should have those tomorrow" (the writer's delivery)
  // The nineteenth development sheet: needs ("I need language for…", "I need to have a tape pulled"), "we will need
  // you to…", "I am ready for you to send…", "I am writing to ask you to…", "Then we should…".
  String.raw`^\W*i\s+need\s+(?:language|info|information|details|numbers|figures|confirmation|approval|access|a\s+copy|copies|input|feedback)\b`,
  String.raw`^\W*i\s+need\s+to\s+have\s+(?:a|an|the|this|that|these|those|my)\b`, String.raw`\b(?:i|we)\s+(?:will|['’]ll)\s+need\s+(?:you|u)(?:\s+guys|\s+all)?\s+to\b`,
  String.raw`\bready\s+for\s+(?:you|u)\s+to\b`, String.raw`\bwriting\s+to\s+ask\s+(?:you|if\s+you)\b`,
  // The eighteenth development sheet: "Your thoughts.", "May want to add…", "It's best in the future to copy me…", "just
  // a reminder that we need…", "I'm interested in any views you may have".
  String.raw`^\W*(?:your|any)\s+(?:thoughts|comments|input|views|feedback)\W*$`, String.raw`^\W*(?:you\s+)?(?:may|might)\s+want\s+to\b`,
  String.raw`^\W*it['’]?s\s+best\s+(?:in\s+the\s+future\s+)?(?:to|if\s+you)\b`, String.raw`\breminder\s+that\s+(?:we|you)\s+(?:need|must|have\s+to|should|were\s+going\s+to|where\s+going\s+to|said|promised|agreed)\b`,
  // The sixteenth final sheet (used for development after its figures were taken): "Need to know interest level ASAP.",
  // "Is there a way to…", "Any other suggestions welcome.", "Still waiting for my car keys.", "You might tell Mike…",
  // "I was hoping I could get…", "I would like Anne to be responsible…", "I wanted to know what you had done…".
  String.raw`^\W*need\s+to\s+(?:know|hear)\b`, String.raw`^\W*is\s+there\s+(?:a|any)\s+way\b`,
  String.raw`\b(?:suggestions|ideas|thoughts|comments|feedback|input)\s+(?:are\s+)?(?:most\s+|very\s+|always\s+)?welcome\b`,
  String.raw`^\W*(?:i['’]m\s+|i\s+am\s+)?still\s+waiting\s+(?:for|on)\b`,
  String.raw`^\W*(?:\p{Lu}\p{Ll}+,\s*)?you\s+(?:might|may)\s+(?:also\s+)?(?:tell|e-?mail|e:mail|call|ask|offer|send|give|let|check|forward|contact|remind)\b`,
  String.raw`\bi\s+was\s+hoping\s+(?:that\s+)?(?:i|we)\s+could\s+(?:get|have|borrow|see)\b`, String.raw`\b(?:i|we)\s*(?:would|['’]d)\s+like\s+\p{Lu}\p{Ll}+\s+to\b`,
  String.raw`\bwanted\s+to\s+know\s+(?:what|how|if|whether|when|where)\b`,
  // The twentieth development sheet: "I assume that you and your team will implement.", "Please refer him to…".
  String.raw`^\W*i\s+assume\s+(?:that\s+)?you\b[^?]*\bwill\b`, String.raw`\bplease\s+refer\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+to\b`,
  String.raw`\b(?:interested\s+in|welcome)\s+(?:any|your)\s+(?:views|thoughts|comments|feedback|input|opinions?)\b`,
  // The verified intent sentences (development half): "Just a reminder to send me a currency report."
  String.raw`^\W*(?:just\s+)?(?:a\s+)?(?:quick\s+|friendly\s+|gentle\s+|final\s+)?reminder\s+to\s+(?:please\s+)?(?!(?:all|everyone|everybody|you|the|our|my|your|those|them|us)\b)\p{Ll}{2,}\b`,
].join('|'), 'iu');

// A numbered "please" with any verb ("1) Please grant Vanessa access…"), and a conditional one with a day ("If you
// have deals left, please re-calc tomorrow"). Without the number or the day, "please" and any verb is as often a
// mailing's boilerplate ("If you don't want these emails, please follow the link"): the verified intent sentences
// label those no (eleventh final sheet; npm run eval).
const PLEASE_ANY = String.raw`please\s+(?!note\b|see\b|find\b|be\s+advised\b|be\s+aware\b|join\b|accept\b|excuse\b|forgive\b|disregard\b|ignore\b|feel\b|click\b|visit\b|go\s+to\b|refer\b|direct\b|follow\b|add\b|enjoy\b|do\s+not\s+(?:hesitate|read|copy|use|disclose|reply|respond|print|forward)\b|don['’]t\s+(?:hesitate|reply|respond)\b)\p{Ll}{2,}\b`;
const NUMBERED_PLEASE = new RegExp(String.raw`^\W*\d{1,2}[.)>]\s*` + PLEASE_ANY, 'iu');
const CONDITIONAL_PLEASE = new RegExp(String.raw`^(?![^,;:]*\bif\s+you(?:['’]d|\s+would|\s+(?:don['’]t|do\s+not))?\s+(?:like|want|wish|prefer|need)\b)[^,;:]{0,200}[,;:]\s*` + PLEASE_ANY, 'iu');

/** A sentence that asks in so many words, whatever the model weighs. */
export function isStrongAsk(text: string): boolean {
  return STRONG.test(text) || NUMBERED_PLEASE.test(text) || CONDITIONAL_PLEASE.test(text) && DATE_CUE.test(text);
}
