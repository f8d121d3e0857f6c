// A complaint or a demand in the sentence: what turns "!!!" or "???" at the reader into a raised voice ("Send it back
// TODAY!!!", "Why haven't you paid yet????"). Without it they are warmth, a joke or eagerness: 12 of 14 such hints
// were judged false alarms on the fifth final sheet (docs/quality.md).
export const COMPLAINT = /n['’]t\b|\b(?:not|never|no|stop|again|still|already|yet|wait|must|now|immediately|asap|today|why|have\s+to|need\s+to|by\s+(?:noon|eod|cob|tonight|tomorrow|the\s+end|end\s+of|\d))\b/i;
