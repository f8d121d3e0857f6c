// When a message in a conversation was sent, from the full date Gmail writes in the title of its date
// ("Sun, Nov 22, 2026, 6:40 PM"; in Spanish "22 nov 2026, 17:48"). The page writes it in the UI's language and the
// browser's time zone, and Date.parse reads English only, so the month names come from Intl for the page's
// language (English as well: Gmail can run in English on any browser). A title this can't read gives null, never a
// wrong date.

type MonthNames = Map<string, number>;

const tables = new Map<string, MonthNames>();

/** Lower case, without accents or dots: "Sept." and "sept" are one name, "dic" and "dic." too. */
const normalise = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f.]/g, '');

/** Month names and abbreviations in a language (looked up once per language: Intl formatters are costly). */
function monthNames(language: string): MonthNames {
  const known = tables.get(language);
  if (known) return known;
  const names: MonthNames = new Map();
  try {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(language, {month, timeZone: 'UTC'});
      for (let index = 0; index < 12; index++) names.set(normalise(format.format(Date.UTC(2026, index, 15))), index);
    }
  } catch {
    // a language tag Intl refuses: English alone will be tried
  }
  tables.set(language, names);
  return names;
}

/** The month a word names: a full name, an abbreviation, or a longer abbreviation of the full name ("sept"). */
function monthOf(word: string, names: MonthNames): number | undefined {
  const exact = names.get(word);
  if (exact !== undefined || word.length < 3) return exact;
  for (const [name, index] of names) if (name.length > word.length && name.startsWith(word)) return index;
  return undefined;
}

const TIME = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]m)?/;

/** Epoch ms of a message date title in `language`, read as local time; null when it can't be read for sure. */
export function parseMessageDate(title: string | null | undefined, language: string): number | null {
  if (!title) return null;
  // "6:40 PM", "6:40 p. m.", "18:40": the clock first, then it is taken out of the text so its digits aren't a day.
  const text = normalise(title).replace(/\b([ap])\s?m\b/g, '$1m');
  const time = TIME.exec(text);
  let hours = time ? Number(time[1]) : 0;
  const minutes = time ? Number(time[2]) : 0;
  if (time?.[3] === 'pm' && hours < 12) hours += 12;
  if (time?.[3] === 'am' && hours === 12) hours = 0;
  const rest = time ? text.slice(0, time.index) + ' ' + text.slice(time.index + time[0].length) : text;
  const words = rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const year = words.find((word) => /^\d{4}$/.test(word));
  const day = words.find((word) => /^\d{1,2}$/.test(word));
  // The last word naming a month: a weekday before the date may look like one (Spanish "mar", martes and marzo).
  const tried = [monthNames(language), monthNames('en')];
  let month: number | undefined;
  for (const word of words) {
    if (/\d/.test(word)) continue;
    for (const names of tried) {
      const found = monthOf(word, names);
      if (found !== undefined) {
        month = found;
        break;
      }
    }
  }
  if (year === undefined || day === undefined || month === undefined || hours > 23 || minutes > 59) return null;
  const date = new Date(Number(year), month, Number(day), hours, minutes);
  // 31 February would roll into March: not a date the page wrote.
  return date.getMonth() === month && date.getDate() === Number(day) ? date.getTime() : null;
}
