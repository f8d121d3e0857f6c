export * from './types.ts';
export {byNeed, computeRadar, type RadarInput} from './compute.ts';
export {pickSuggestions, suggestKeyPeople, tallyContacts, type ContactTally, type Suggestion} from './suggest.ts';
export {summariseContacts, withContactsSince, type ContactSummary} from './summary.ts';
