// What someone else's text, boilerplate and machine output look like in plain-text mail, line by line. The forms
// are those the common clients write when a mail is replied to, forwarded or pasted (Outlook, Lotus Notes, Gmail,
// Apple Mail, Yahoo, mailing-list software) and those of signatures, disclaimers and press releases.
// Every pattern is anchored and flat (no nested quantifiers) and runs on one line of at most 400 characters.

/** "On Mon, 3 Jun 2024 at 10:02, Dana Lee <dana@x.com> wrote:", "Dana Lee wrote:", the German, French, Spanish forms,
 * and GroupWise's ">>> <dana@x.com> 2/16/01 10:41 am >>>". */
export const REPLY_HEADER = /^(?:>>>\s?.{1,200}>>>|On\s.{0,300}\b(?:wrote|writes)\s?:|Am\s.{0,300}\bschrieb.{0,80}:|Le\s.{0,300}\ba écrit\s?:|El\s.{0,300}\bescribió\s?:|.{1,120}\b(?:wrote|writes)\s?:)$/;
/** "-----Original Message-----", "---------------------- Forwarded by Jeff D/HOU/ECT on 05/03/2001 ----", "Begin forwarded message:". */
export const FORWARD = /^(?:[-=_*\s]{2,}\s?(?:Original Message|Forwarded message|Forwarded by\b.{0,200}|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Reply message|Original Text)\s?[-=_*\s]{0,80}|Begin forwarded message:?|Forwarded message:?|(?:-+\s?)?Forwarded by\s.{1,200})$/i;
/** A header field of a quoted or forwarded message: "From:", "Sent:", "To:", "cc:", "Subject:" (Lotus writes them lower case). */
export const HEADER_FIELD = /^(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Sent by|Importance|Priority|Von|An|Datum|Betreff|Gesendet|Kopie|De|Para|Enviado|Asunto|Fecha|Envoyé|À|Objet|Da|Inviato|Oggetto|Van|Aan|Onderwerp|Verzonden)\s?:/i;
/** The line before a Lotus Notes header block: "Jeff Dasovich@ENRON" or "05/03/2001 10:42 AM". */
export const HEADER_LEAD = /@|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:AM|PM)?\b/i;
export const SIG_SEPARATOR = /^(?:--\s?|__{2,}|—|-{2,}\s?\p{L}[\p{L} .'-]{0,40})$/u;
/** A rule of punctuation: signature, footer or table border. Alone it is not prose; it may open a footer. */
export const RULE_LINE = /^[-_=*~#+.·•]{6,}$/;

export const DISCLAIMER = new RegExp([
  String.raw`^\**\s?(?:CONFIDENTIALITY(?: NOTICE| STATEMENT)?|DISCLAIMER|IMPORTANT(?: NOTICE)?|LEGAL NOTICE|PRIVILEGED AND CONFIDENTIAL|NOTICE)\b\s?[:*-]`,
  String.raw`^\**\s?(?:This|The)\s(?:e-?mail|message|communication|transmission|electronic mail|information)\b.{0,80}\b(?:confidential|privileged|intended (?:only|solely|for)|property of|may contain)`,
  String.raw`^\**\s?(?:If you (?:are not|have received this|received this)|Any (?:unauthori[sz]ed|review|use|views))\b.{0,120}\b(?:intended recipient|in error|prohibited|strictly|views)`,
  String.raw`^\**\s?Privileged(?:\s?\/\s?|\sand\s)Confidential`,
  String.raw`^\**\s?Please (?:do not|don't) (?:transmit|send) (?:orders|instructions|trade)`,
].join('|'), 'i');

/** "Sent from my iPhone", "Get Outlook for iOS". */
export const MOBILE = /^(?:Sent from my \w[\w ]{0,40}|Get Outlook for \w+|Sent from (?:Mail|Yahoo Mail|Outlook|Gmail) for \w+|Sent (?:via|using) .{1,40})\.?$/i;

/** Mailing-list footers and the ads free mail services appended (the 2000s corpora are full of them). */
export const FOOTER = new RegExp([
  String.raw`^(?:To unsubscribe|To (?:be )?remove(?:d)? (?:yourself|from)|You (?:are receiving|received) this (?:message|e-?mail)|You received this message because|Unsubscribe|Mailing list$|.{1,60} mailing list$)`,
  String.raw`^(?:Do You Yahoo!?\??|Get your FREE download of|Join the world['’]s largest e-?mail service|Get (?:your )?(?:free|FREE) .{0,60}(?:at|from) (?:https?:|www\.)|Express yourself instantly with MSN|Send and receive Hotmail|Yahoo! (?:Mail|Messenger|Groups|Personals|Shopping|Autos|Health)\b|MSN (?:Photos|Hotmail|Messenger)\b|__+ ?(?:Get|Do You|Yahoo))`,
  String.raw`^(?:List-(?:Id|Unsubscribe|Post|Help)\s?:|https?:\/\/\S*(?:listinfo|mailman|unsubscribe)\S*$)`,
].join('|'), 'i');

/** Press-release boilerplate: the end marks, the "About X" section, safe-harbour and media-contact blocks. */
export const PRESS = /^(?:#{3}|-\s?#{3}\s?-|-?\s?30\s?-|About (?:\p{Lu}[\p{L}.&'-]*\s?){1,5}:?|Forward[- ]Looking Statements?\b.{0,80}|Safe Harbou?r(?: Statement)?\b.{0,60}|(?:Media|Press|Investor|Editorial) (?:Contacts?|Relations|Inquiries)\s?:?.{0,80}|Contacts?:|This (?:press )?release (?:contains|includes) (?:forward-looking|statements)\b.{0,120})$/u;

// Contact lines: phone, fax, mail, web, street and city lines of a signature or a pasted contact card.
const PHONE_LABEL = /^(?:\p{L}{1,12}\s)?(?:phone|ph|tel|telephone|fax|facsimile|cell|mobile|mob|direct|office|pager|work|home|main|voice|m|t|f|p|c|o|e|w)\.?\s?(?:#|no\.?)?\s?[:.-]?\s?[+(]?\d/iu;
const PHONE = /(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}/;
// The address starts at the first word character of its run of [\w.+-] (no word character before it in the run):
// every later start reaches the same "@" and the same domain, and trying each one made "a.a.a…" quadratic
// (linear-patterns.test.ts). `\b` goes first so the look-behind runs only where a word starts, never along a run of
// dots. Same first match as without the look-behind.
const EMAIL_OR_URL = /(?:\b(?<!\w[.+-]*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bhttps?:\/\/\S+|\bwww\.\S+)/i;
const STREET = /^\d{1,6}\s+(?:\p{L}[\p{L}.'-]*\s){0,5}(?:street|st|avenue|ave|road|rd|boulevard|blvd|suite|ste|drive|dr|lane|ln|way|floor|fl|plaza|parkway|pkwy|square|sq|place|pl|court|ct|highway|hwy|building|bldg|center|centre)\b\.?/iu;
const COMPANY = /\b(?:LLP|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|GmbH|P\.?C\.|L\.?P\.|PLC|S\.A\.|AG)$/;
const CITY = /\b\p{Lu}[\p{L}.' -]{1,30},?\s(?:[A-Z]{2}|Texas|California|New York|Oregon|Washington|Illinois|Florida|Ohio|Nebraska)\s{1,2}\d{5}(?:-\d{4})?\b|\b(?:P\.?\s?O\.?\s?Box|Suite|Ste\.?)\s\d+/u;

/** A line that is contact data (short, and mostly a number, an address, a mail address or a link). */
export function isContactLine(text: string): boolean {
  if (text.length > 90) return false;
  if (PHONE_LABEL.test(text) && PHONE.test(text)) return true;
  const words = text.split(/\s+/).length;
  if (PHONE.test(text) && words <= 6) return true;
  const contact = EMAIL_OR_URL.exec(text);
  if (contact && (contact[0].length >= text.length * 0.5 || words <= 4)) return true;
  return STREET.test(text) || CITY.test(text) && words <= 8 || COMPANY.test(text) && words <= 8 || /^City,\s?State\b/i.test(text);
}

// A field of a form or a system notice: "Request Create Date : 10/11/01 10:24:53 AM", "Report Total: $795.85".
// One space between words, so a run of capitals splits one way only (the old `(?:\p{Lu}…*\s?){1,5}` backtracked
// over every split: tests/unit/linear-patterns.test.ts).
const FORM_FIELD = /^\p{Lu}[\p{L}#.'/-]*(?:\s\p{Lu}[\p{L}#.'/-]*){0,4}\s{0,2}:\s?[^\s].{0,60}$/u;
const FORM_VALUE = /\d|:\s?[\p{Lu}\d][\p{Lu}\d &/-]*$/u; // a number, or a value in capitals ("Review Group: ENRON")
// Markup and code pasted into a mail: tags, statements, assignments. Not a line opening on "(": "(1) Where does the
// amount come from?", "(all terms) including…" are prose (a mail's numbered questions were all dropped as code). An attribute (`\b\w+=["']`) starts at its word's
// first character: from every character, `\w+=` scanned to the word's end (quadratic on a long word). Same first match.
const MARKUP = /^\s*[/~][\w/.-]+(?:\s|$)|[<>]{2}|=>|\s\/\/\s|\w<[\w<]|\)\s*[;{]|\w\.\w+\(|^\s*[\w.]+\([^)]*\)[;,]?\s*$|"[\w-]+"\s*:|\b\w+=["']|^\s*"[^"]*",?\s*$|\(\s*$|^\s*[\w.]+\s*[+\-*/]?=\s*\S+;?$|<\/[A-Za-z][\w:-]*>|<[A-Za-z][\w:-]*\s[\w:-]+=|<(?:br|p|div|span|img|table|tr|td|html|body|head|xml|str|li|ul|ol)\b[^<>]{0,200}>|^\s*(?:[{}[\];)]|\/\/|\/\*|\*\s|#include|import\s|def\s|public\s|private\s|function\s|var\s|const\s|let\s\w+\s?=)|[;{]\s*$/;

/**
 * Machine output: pasted logs, tables, lines of figures and codes. Prose is mostly letters and ordinary words;
 * these lines are mostly digits, symbols, aligned columns or code-like tokens.
 */
export function isMachineLine(text: string): boolean {
  if (text.length < 6) return false;
  if (/\t\S.*\t/.test(text) || /\S(?: {3,}\S+){3,}/.test(text)) return true; // columns aligned by tabs or runs of spaces
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const visible = text.match(/\S/gu)?.length ?? 0;
  if (visible >= 8 && letters / visible < 0.5) return true;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length >= 3) {
    // Codes and figures: "NG-EXCH 12/01 45,000 @ 2.95", "ERROR 0x80040154 in svc.dll", "key=value key=value".
    const codeLike = tokens.filter((t) => /\d/.test(t) && /\p{L}/u.test(t) || /[=_/\\|<>{}[\]]/.test(t) || /^[\d.,:%$()+-]+$/.test(t)).length;
    if (codeLike / tokens.length >= 0.5) return true;
  }
  if (FORM_FIELD.test(text) && FORM_VALUE.test(text.slice(text.indexOf(':'))) || MARKUP.test(text)) return true;
  return /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]\d{1,2}:\d{2}|\[?\d{1,2}:\d{2}:\d{2}|(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL|TRACE)\b[\s:[])/.test(text);
}

