// Token sets built once at load from the lexicons and compromise's own lexicon (a dictionary lookup is far
// cheaper than a parse; the words it files as first names tell "Jane will call" from "The call will start").
import nlp from 'compromise';
import {mailVerbs, notRequests} from './verbs.ts';
import {stopwords} from './stopwords.ts';

type World = {model: {one: {lexicon: Record<string, string | string[]>}}};
const lexicon = (nlp as unknown as {world(): World}).world().model.one.lexicon;

function tagsOf(word: string): string[] {
  const t = lexicon[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const notRequestSet = new Set(notRequests);
const baseVerbs = new Set(mailVerbs);
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.includes('Infinitive') && !word.includes(' ')) baseVerbs.add(word);
}
for (const w of notRequestSet) baseVerbs.delete(w);

/** A base-form verb that can start an imperative ("send", "review"); social formulas excluded. */
export function isBaseVerb(word: string): boolean {
  return baseVerbs.has(word);
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** A capitalised token that compromise knows as a first name. */
export function isFirstName(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((t) => FIRST_NAME_TAGS.has(t));
}

/** An English word compromise knows (or a function word): "URGENT" is shouting, "WMATA" is an acronym. */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase();
  if (lexicon[w] !== undefined || stopwords.has(w)) return true;
  if (w.endsWith('ly') && lexicon[w.slice(0, -2)] !== undefined) return true;
  const stem = w.replace(/(?:ing|ed|es|s)$/, '');
  return stem.length > 2 && (lexicon[stem] !== undefined || lexicon[`${stem}e`] !== undefined);
}

/** 'f' or 'm' when compromise files the first name under one gender only; null when unknown. */
export function nameGender(word: string): 'f' | 'm' | null {
  const tags = tagsOf(word.toLowerCase());
  const f = tags.includes('FemaleName');
  const m = tags.includes('MaleName');
  return f === m ? null : f ? 'f' : 'm';
}

/** A past-tense verb form ("said", "joined", "enjoyed"): what it reports is done, not asked. */
export function isPastTense(word: string): boolean {
  const w = word.toLowerCase();
  const tags = tagsOf(w);
  return tags.includes('PastTense') || (tags.length === 0 && w.length > 4 && w.endsWith('ed'));
}

export function toSet(words: readonly string[]): Set<string> {
  return new Set(words);
}
