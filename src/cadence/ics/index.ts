// Calendar-file (.ics) import: parseIcs for the whole file at once, parseIcsInSlices for the service worker.
export {IcsFileError, parseIcs, parseIcsInSlices} from './parse.ts';
export type {IcsEvent, IcsOptions, IcsResult} from './parse.ts';
export {SKIP_REASONS} from './notices.ts';
export type {SkipReason} from './notices.ts';
export type {IcsLimits} from './limits.ts';
export {DEFAULT_LIMITS} from './limits.ts';
