export * from './types.ts';
export {byNeed, computeRadar, type RadarInput} from './compute.ts';
export {AT_LEAST, pickSuggestions, suggestKeyPeople, tallyContacts, type ContactTally, type Suggestion} from './suggest.ts';
export {couldSuggest, foldContact, foldContacts, lastContactOf, radarContacts, tallyOf, type ContactRow, type NamedContact} from './contact-book.ts';
