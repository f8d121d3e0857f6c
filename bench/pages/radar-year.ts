// A year of an EA's relationships, for the radar's figures: 500 key people (the executive, 8 direct reports and 491
// marked by the user), 10,000 mails sent to one to three of 700 people, 20,000 mails opened from them, 3,000
// meetings with guests, and 2,000 asks and promises (one in five still open). Used by the store bench (built into the
// bench page, real IndexedDB) and the popup bench (imported as a backup file), so both measure the same year.
import type {StoredEvent} from '../../src/store/records.ts';
import type {KeyPerson, OwedItem} from '../../src/radar/index.ts';

const DAY = 86_400_000;
export const RADAR_PEOPLE = 500;
const CORRESPONDENTS = 700;

const address = (index: number) => `person${index}@${index % 3 === 0 ? 'northwind.example' : `client${index % 40}.example`}`;

export const radarWhoIsWho = {
  executives: [{email: 'dana@northwind.example', name: 'Dana'}],
  directReports: Array.from({length: 8}, (_, index) => ({email: address(index + 1), name: `Report ${index + 1}`})),
};

export function radarYear(now: number) {
  const yearAgo = now - 365 * DAY;
  const spread = (index: number, count: number) => Math.floor(yearAgo + (index * 365 * DAY) / count);
  const keyPeople: KeyPerson[] = Array.from({length: RADAR_PEOPLE - 9}, (_, index) => {
    const at = index + 9;
    return {email: address(at), name: `Person ${at}`, group: at % 3 === 0 ? 'internal' : 'external', addedAt: yearAgo, ...(at % 10 === 0 ? {everyDays: 30} : {})};
  });
  const sentMails = Array.from({length: 10_000}, (_, index) => ({
    draftId: `#radar-sent-${index}`, threadId: `radar-thread-${index % 4_000}`, sentAt: spread(index, 10_000),
    recipients: Array.from({length: 1 + (index % 3)}, (_, offset) => address((index * 7 + offset * 13) % CORRESPONDENTS)),
  }));
  const receivedMails = Array.from({length: 20_000}, (_, index) => ({
    messageId: `radar-received-${index}`, threadId: `radar-thread-${index % 4_000}`, from: address((index * 11) % CORRESPONDENTS),
    name: `Person ${(index * 11) % CORRESPONDENTS}`, at: spread(index, 20_000),
  }));
  const events: StoredEvent[] = Array.from({length: 3_000}, (_, index) => {
    const start = spread(index, 3_000);
    return {
      id: `radar-event-${index}`, title: `Meeting ${index}`, start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString(),
      allDay: false, timeZone: 'UTC', recurring: false, cancelled: false, declined: false, source: 'dom',
      attendees: Array.from({length: 2 + (index % 4)}, (_, offset) => ({email: address((index * 5 + offset * 17) % CORRESPONDENTS), name: `Person ${(index * 5 + offset * 17) % CORRESPONDENTS}`})),
    };
  });
  const owedItems: OwedItem[] = Array.from({length: 2_000}, (_, index) => {
    const at = spread(index, 2_000);
    const open = index % 5 === 0;
    return {
      id: `radar-owed-${index}`, direction: index % 2 ? 'asked-of-me' : 'promised-to-me', email: address((index * 3) % CORRESPONDENTS), name: `Person ${(index * 3) % CORRESPONDENTS}`,
      sentence: index % 2 ? `Could you send the figures for project ${index % 90}?` : `I'll have the draft for project ${index % 90} to you Friday.`,
      at, dueAt: index % 4 === 0 ? null : at + 3 * DAY, threadId: `radar-thread-${index % 4_000}`, messageId: `radar-received-${index * 10}`,
      status: open ? 'open' : 'closed', ...(open ? {} : {closedAt: at + DAY, closedHow: 'replied' as const}),
    };
  });
  return {keyPeople, sentMails, receivedMails, events, owedItems};
}
