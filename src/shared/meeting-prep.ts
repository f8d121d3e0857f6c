// What the Calendar event card and the popup show before a meeting: for each guest with something open, the user's
// promises to them, their asks still unanswered, their promises to the user. Sentences and dates only.

export type PrepItem = {sentence: string; at: number; dueAt: number | null};
export type GuestPrep = {email: string; name: string; iPromised: PrepItem[]; theyAsked: PrepItem[]; theyPromised: PrepItem[]};
