// A bare order: a verb first, optionally after "please" ("Sign the attached contract", "Please send the deck"). A mail
// that opens or ends on one reads curt to an outside reader; a question or a suggestion there is conversation ("Are
// you going this weekend?", "Why don't you plan an evening in Houston"), judged so on every real-mail sheet
// (docs/quality.md).
export const BARE_ORDER = /^\W*(?:please\s+)?(?:send|sign|return|call|review|confirm|provide|submit|forward|complete|fill|fix|update|check|email|e-mail|reply|respond|get|make|give|tell|let|book|schedule|arrange|approve|pay|deliver|bring|prepare|change|add|remove|move|cancel|see|read|note|find|take|put|use|ship|fax|print|contact|ensure)\b/i;
