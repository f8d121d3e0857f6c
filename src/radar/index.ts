export * from './types.ts';
export {byNeed, computeRadar, type RadarInput} from './compute.ts';
export {suggestKeyPeople, type Suggestion} from './suggest.ts';
