// Language identification, cheap and conservative: the script first, then function words for Latin-script
// languages. A wrong tone hint on a French draft is worse than none, so anything clearly not English is
// reported as such and the engine skips tone and commitment rules.
import type {Token} from './text.ts';

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Cyrillic}/u, 'ru'], [/\p{Script=Arabic}/u, 'ar'], [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Hangul}/u, 'ko'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'], [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Greek}/u, 'el'], [/\p{Script=Devanagari}/u, 'hi'], [/\p{Script=Thai}/u, 'th'],
];

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'to', 'you', 'i', 'is', 'for', 'of', 'a', 'in', 'we', 'it', 'on', 'this', 'that', 'please', 'thanks', 'will', 'can', 'be', 'are', 'have', 'with', 'your', 'my', 'me', 'at', 'hi', 'if', 'let', 'know', 'send', 'would', 'could', "i'll", 'do', 'not', 'just', 'by', 'from', 'our', 'as', 'so', 'what'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'por', 'para', 'gracias', 'usted', 'es', 'un', 'una', 'con', 'del', 'se', 'muy', 'hola', 'saludos', 'estimado', 'pero', 'como', 'está'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'vous', 'pour', 'merci', 'je', 'nous', 'une', 'pas', 'du', 'que', 'qui', 'avec', 'dans', 'sur', 'bonjour', 'cordialement', 'votre', 'sont', 'être', 'ce'],
  de: ['der', 'die', 'und', 'ist', 'nicht', 'sie', 'ich', 'wir', 'mit', 'für', 'bitte', 'danke', 'das', 'den', 'dem', 'ein', 'eine', 'zu', 'auf', 'auch', 'grüße', 'liebe', 'hallo', 'ihnen', 'es'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'sono', 'grazie', 'ciao', 'gli', 'una', 'della', 'con', 'mi', 'ti', 'buongiorno', 'cordiali', 'saluti', 'sei', 'anche'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'não', 'uma', 'os', 'obrigado', 'obrigada', 'você', 'com', 'olá', 'atenciosamente', 'está', 'mas'],
  nl: ['de', 'het', 'een', 'en', 'van', 'ik', 'je', 'niet', 'dat', 'is', 'op', 'te', 'met', 'voor', 'bedankt', 'groeten', 'hallo', 'jij', 'u', 'wij', 'maar'],
};
const SETS = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);
const SAMPLE = 400; // tokens: enough to decide, and keeps a 1 MB paste cheap

export function detectLanguage(text: string, tokens: Token[]): string {
  if (tokens.length === 0) return 'unknown';
  const sample = tokens.slice(0, SAMPLE);
  let nonLatin = 0;
  let latin = 0;
  const scriptCounts = new Map<string, number>();
  for (const t of sample) {
    const c = t.text[0] as string;
    if (/\p{Script=Latin}/u.test(c)) latin++;
    else if (!/\p{N}/u.test(c)) {
      nonLatin++;
      for (const [re, lang] of SCRIPTS) if (re.test(c)) scriptCounts.set(lang, (scriptCounts.get(lang) ?? 0) + 1);
    }
  }
  if (nonLatin > latin) {
    const best = [...scriptCounts].sort((a, b) => b[1] - a[1])[0];
    return best ? best[0] : 'unknown';
  }
  const scores = SETS.map(([lang, set]) => [lang, sample.reduce((n, t) => n + (set.has(t.lower) ? 1 : 0), 0)] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [top, second] = scores;
  if (!top || top[1] === 0) return latin < 3 ? 'en' : 'unknown';
  if (top[0] === 'en') return 'en';
  // Another language must clearly beat English: shared words ("a", "is", "de") should not flip a draft.
  const en = scores.find((s) => s[0] === 'en')?.[1] ?? 0;
  return top[1] >= Math.max(2, en * 1.5) ? top[0] : second && second[0] === 'en' ? 'en' : en > 0 ? 'en' : 'unknown';
}
