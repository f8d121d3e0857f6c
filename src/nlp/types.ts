// Public data types of the analysis (re-exported by index.ts).
import type {Place} from './hint.ts';
import type {Due, WorkingHours} from './commitments/due.ts';

export type RecipientTier = 'executive' | 'direct-report' | 'internal' | 'external';
export type Recipient = {email: string; name?: string; tier: RecipientTier};
export type DraftInput = {
  text: string;
  subject?: string;
  recipients?: Recipient[];
  lastReceived?: {text: string; from?: string};
  sentAt?: string;
  timeZone?: string;
  workingHours?: WorkingHours;
  executiveNames?: string[];
};
export type AnalyzeOptions = {disabledRules?: string[]; dismissedFingerprints?: string[]; ignoredPhrases?: string[]};
export type Owner = 'me' | 'executive' | 'other';
export type Commitment = {
  place: Place;
  text: string;
  action: string;
  owner: Owner;
  ownerName?: string;
  due?: Due | null;
  counterparts?: string[];
};
export type Request = {place: Place; text: string; deadline?: Due | null};
export type {Due, WorkingHours};
