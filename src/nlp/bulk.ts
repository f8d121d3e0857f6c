// Mass mailings: newsletters, adverts and system notifications. Nobody is writing to a person there, so a coach
// has nothing to say: their imperatives ("Click here", "Give a gift that lasts") are not orders, their capitals
// not a raised voice, their "we will" not a promise. Real inboxes are full of them; a pasted or forwarded one
// must stay quiet rather than earn twenty hints.
const BULK = 6;
const MAX_SEGMENTS = 3000; // a mailing shows itself long before this; a huge paste is not read twice
// [pattern, weight per sentence, most it can add]: links or prices alone never make a mailing.
const SIGNALS: Array<[RegExp, number, number]> = [
  [/\b(?:unsubscribe|opt[- ]out|to stop receiving|manage (?:your )?(?:subscriptions?|preferences)|update your (?:profile|preferences)|view (?:this|it) (?:e-?mail )?(?:in|on) (?:a|your) (?:web )?browser|privacy policy|terms (?:and|&) conditions|all rights reserved|this (?:e-?mail|message) was sent to|you are receiving this|to be removed from)\b/gi, 3, 6],
  [/\[IMAGE\]|\[image:|<img\b/gi, 2, 6],
  [/\bclick\s+(?:here|below|now|on|the|this|https?:)/gi, 2, 4],
  [/(?:https?:\/\/|www\.)\S+/gi, 1, 3],
  [/(?:\$\d[\d,.]*|\bfree\b|\b\d{1,2}% off\b|\blimited[- ]time\b|\bact now\b|\bspecial offer\b|\bsubscri(?:be|ption)\b|\bsign up\b|\bshop\b|\bgift\b|\bsave\b|\boffer\b|\border now\b|\bdon['’]t delay\b)/gi, 1, 4],
  // A form in a system notice: "Request ID : 67320", "Report Total: $795.85".
  // Words apart by one space each, so a run of capitals splits into words one way only (the old `(?:\p{Lu}…*\s?)
  // {1,5}` tried every split: minutes on a line of capitals). Same lines match (tests/unit/linear-patterns.test.ts).
  // Indent within the line only: `^\s*` ran from every line start of a run of blank lines to its end (quadratic);
  // the same lines match, with the same ends.
  [/^[^\S\n\r\u2028\u2029]*\p{Lu}[\p{L}#.'/-]*(?:\s\p{Lu}[\p{L}#.'/-]*){0,4}\s{0,2}:\s?\S.{0,60}$/gmu, 1, 3],
  [/\b(?:pending your approval|is ready for (?:your )?approval|requires your (?:approval|action)|has been (?:submitted|approved|assigned) (?:to|for) you)\b/gi, 2, 2],
  // Account and order notices signed by a team: "Thank you for using Yahoo!", "The Yahoo! Wallet Team".
  [/\b(?:thank you for (?:using|choosing|shopping|your (?:order|purchase|subscription|registration))|sign in (?:with|to) your|your (?:account|order|subscription|registration|password) (?:has been|is|was)|the [\w!.]+(?: [\w!.]+)? team\s*$)/gim, 2, 4],
  [/\b(?:otcbb|hot pick|buy recommendation|undervalued|explosive (?:growth|sales)|huge (?:volume|returns))\b/gi, 2, 4],
  // Company voice to a customer base: "Dear valued customer", "visit our website", "©", a toll-free number.
  [/\b(?:dear (?:valued )?(?:customer|member|subscriber|client|user|participant)s?|visit (?:us|our (?:web ?site|site|store|page))|our (?:web ?site|newsletter|customers|products and services|customer service)|customer service|toll[- ]free|for (?:more|further) information,? (?:please )?(?:visit|call|go to|contact us))\b|©|\(c\)\s?\d{4}|®|™|\b1-8[0-9]{2}-\d{3}-\d{4}\b/gi, 2, 6],
  // An event or product sold to a list: "fill out the following info and send with your Visa", "spread the word".
  [/\b(?:visa|mastercard|american express|credit card|order form|tickets? (?:are )?(?:available|on sale)|forward this (?:e-?mail|message) to (?:others|friends|everyone)|spread the word|reserve your (?:seat|spot|tickets?)|limited (?:seating|space|tickets))\b/gi, 2, 4],
  [/\bdo not reply\b|\bautomatically generated\b|\bautomated (?:message|notification|e-?mail)\b|\bnotification\b/gi, 2, 4],
];

// An item of a news feed delivered as mail, "URL: http://…" then "Date: …" atop a blog post: a machine's copy of
// someone else's words (four false hints on the judged sheets, docs/quality.md).
const FEED_ITEM = /^\s*URL:[^\S\n]*https?:\/\/\S+[^\S\n]*\r?\n[^\S\n]*Date:/;

/**
 * True when the text carries enough mass-mailing signals, each occurrence counted up to its kind's cap. The whole
 * text is read, footers included (zoning drops the unsubscribe line that gives a mailing away), in segments of at
 * most 400 characters so an advert pasted as one long line is read whole and a huge paste stays linear.
 */
export function isBulk(text: string): boolean {
  if (FEED_ITEM.test(text.slice(0, 600))) return true;
  const added = SIGNALS.map(() => 0);
  let score = 0;
  let from = 0;
  for (let segments = 0; from < text.length && segments < MAX_SEGMENTS; segments++) {
    const nl = text.indexOf('\n', from);
    const to = Math.min(nl === -1 ? text.length : nl, from + 400);
    const segment = text.slice(from, to);
    from = to === nl ? to + 1 : to;
    for (const [i, [re, weight, cap]] of SIGNALS.entries()) {
      for (let hits = segment.match(re)?.length ?? 0; hits > 0 && added[i]! < cap; hits--) {
        added[i]! += weight;
        score += weight;
      }
    }
    if (score >= BULK) return true;
  }
  return false;
}
