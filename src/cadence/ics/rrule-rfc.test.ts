// The recurrence examples of RFC 5545 section 3.8.5.3, transcribed: each rule with the occurrences the RFC lists.
// All start in America/New_York, so the ones that cross 26 October 1997 also check that 09:00 stays 09:00.
import {describe, expect, it} from 'vitest';
import {expand, starts} from './test-calendar.ts';

/** The first `take` starts of a series (all of them when take is omitted). */
function series(dtstart: string, rrule: string, options: {take?: number; to?: string; extra?: string} = {}) {
  const result = expand(`
BEGIN:VEVENT
UID:rfc
DTSTART;TZID=America/New_York:${dtstart}
DURATION:PT1H
RRULE:${rrule}
${options.extra ?? ''}
END:VEVENT`, {to: options.to ?? '2007-12-31'});
  expect(result.warnings).toEqual([]);
  return options.take ? starts(result).slice(0, options.take) : starts(result);
}
const at = (time: string, ...days: string[]) => days.map((d) => `${d} ${time}`);
const nine = (...days: string[]) => at('09:00', ...days);

describe('RFC 5545 3.8.5.3 recurrence examples', () => {
  it('daily for 10 occurrences', () => {
    expect(series('19970902T090000', 'FREQ=DAILY;COUNT=10')).toEqual(nine(...['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((d) => `1997-09-${d}`)));
  });

  it('daily until 24 December 1997 (UNTIL in UTC, start in New York)', () => {
    const all = series('19970902T090000', 'FREQ=DAILY;UNTIL=19971224T000000Z');
    expect(all).toHaveLength(113);
    expect(all.at(-1)).toBe('1997-12-23 09:00');
  });

  it('every other day, and every 10 days for 5 occurrences', () => {
    expect(series('19970902T090000', 'FREQ=DAILY;INTERVAL=2', {take: 4})).toEqual(nine('1997-09-02', '1997-09-04', '1997-09-06', '1997-09-08'));
    expect(series('19970902T090000', 'FREQ=DAILY;INTERVAL=10;COUNT=5')).toEqual(nine('1997-09-02', '1997-09-12', '1997-09-22', '1997-10-02', '1997-10-12'));
  });

  it('every day in January for 3 years, as a yearly and as a daily rule', () => {
    const yearly = series('19980101T090000', 'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA');
    const daily = series('19980101T090000', 'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1');
    expect(yearly).toHaveLength(93);
    expect(daily).toEqual(yearly);
    expect([yearly[30], yearly[31], yearly[92]]).toEqual(nine('1998-01-31', '1999-01-01', '2000-01-31'));
  });

  it('weekly for 10 occurrences, and until 24 December 1997', () => {
    expect(series('19970902T090000', 'FREQ=WEEKLY;COUNT=10')).toEqual(nine('1997-09-02', '1997-09-09', '1997-09-16', '1997-09-23', '1997-09-30', '1997-10-07', '1997-10-14', '1997-10-21', '1997-10-28', '1997-11-04'));
    const until = series('19970902T090000', 'FREQ=WEEKLY;UNTIL=19971224T000000Z');
    expect(until).toHaveLength(17);
    expect(until.at(-1)).toBe('1997-12-23 09:00');
  });

  it('every other week', () => {
    expect(series('19970902T090000', 'FREQ=WEEKLY;INTERVAL=2;WKST=SU', {take: 10})).toEqual(nine('1997-09-02', '1997-09-16', '1997-09-30', '1997-10-14', '1997-10-28', '1997-11-11', '1997-11-25', '1997-12-09', '1997-12-23', '1998-01-06'));
  });

  it('weekly on Tuesday and Thursday for five weeks, by UNTIL and by COUNT', () => {
    const expected = nine('1997-09-02', '1997-09-04', '1997-09-09', '1997-09-11', '1997-09-16', '1997-09-18', '1997-09-23', '1997-09-25', '1997-09-30', '1997-10-02');
    expect(series('19970902T090000', 'FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH')).toEqual(expected);
    expect(series('19970902T090000', 'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH')).toEqual(expected);
  });

  it('every other week on Monday, Wednesday and Friday until 24 December 1997', () => {
    expect(series('19970901T090000', 'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR')).toEqual(nine(
      '1997-09-01', '1997-09-03', '1997-09-05', '1997-09-15', '1997-09-17', '1997-09-19', '1997-09-29', '1997-10-01', '1997-10-03',
      '1997-10-13', '1997-10-15', '1997-10-17', '1997-10-27', '1997-10-29', '1997-10-31', '1997-11-10', '1997-11-12', '1997-11-14',
      '1997-11-24', '1997-11-26', '1997-11-28', '1997-12-08', '1997-12-10', '1997-12-12', '1997-12-22'));
  });

  it('every other week on Tuesday and Thursday for 8 occurrences', () => {
    expect(series('19970902T090000', 'FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH')).toEqual(nine('1997-09-02', '1997-09-04', '1997-09-16', '1997-09-18', '1997-09-30', '1997-10-02', '1997-10-14', '1997-10-16'));
  });

  it('monthly on the first Friday, for 10 occurrences and until 24 December 1997', () => {
    expect(series('19970905T090000', 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR')).toEqual(nine('1997-09-05', '1997-10-03', '1997-11-07', '1997-12-05', '1998-01-02', '1998-02-06', '1998-03-06', '1998-04-03', '1998-05-01', '1998-06-05'));
    expect(series('19970905T090000', 'FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR')).toEqual(nine('1997-09-05', '1997-10-03', '1997-11-07', '1997-12-05'));
  });

  it('every other month on the first and last Sunday, for 10 occurrences', () => {
    expect(series('19970907T090000', 'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU')).toEqual(nine('1997-09-07', '1997-09-28', '1997-11-02', '1997-11-30', '1998-01-04', '1998-01-25', '1998-03-01', '1998-03-29', '1998-05-03', '1998-05-31'));
  });

  it('monthly on the second-to-last Monday for 6 months', () => {
    expect(series('19970922T090000', 'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO')).toEqual(nine('1997-09-22', '1997-10-20', '1997-11-17', '1997-12-22', '1998-01-19', '1998-02-16'));
  });

  it('monthly on the third-to-last day', () => {
    expect(series('19970928T090000', 'FREQ=MONTHLY;BYMONTHDAY=-3', {take: 6})).toEqual(nine('1997-09-28', '1997-10-29', '1997-11-28', '1997-12-29', '1998-01-29', '1998-02-26'));
  });

  it('monthly on the 2nd and 15th, and on the first and last day, for 10 occurrences', () => {
    expect(series('19970902T090000', 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15')).toEqual(nine('1997-09-02', '1997-09-15', '1997-10-02', '1997-10-15', '1997-11-02', '1997-11-15', '1997-12-02', '1997-12-15', '1998-01-02', '1998-01-15'));
    expect(series('19970930T090000', 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1')).toEqual(nine('1997-09-30', '1997-10-01', '1997-10-31', '1997-11-01', '1997-11-30', '1997-12-01', '1997-12-31', '1998-01-01', '1998-01-31', '1998-02-01'));
  });

  it('every 18 months on the 10th to 15th, for 10 occurrences', () => {
    expect(series('19970910T090000', 'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15')).toEqual(nine('1997-09-10', '1997-09-11', '1997-09-12', '1997-09-13', '1997-09-14', '1997-09-15', '1999-03-10', '1999-03-11', '1999-03-12', '1999-03-13'));
  });

  it('every Tuesday, every other month', () => {
    expect(series('19970902T090000', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU', {take: 13})).toEqual(nine('1997-09-02', '1997-09-09', '1997-09-16', '1997-09-23', '1997-09-30', '1997-11-04', '1997-11-11', '1997-11-18', '1997-11-25', '1998-01-06', '1998-01-13', '1998-01-20', '1998-01-27'));
  });

  it('yearly in June and July, and every other year in January to March, for 10 occurrences', () => {
    expect(series('19970610T090000', 'FREQ=YEARLY;COUNT=10;BYMONTH=6,7')).toEqual(nine(...[1997, 1998, 1999, 2000, 2001].flatMap((y) => [`${y}-06-10`, `${y}-07-10`])));
    expect(series('19970310T090000', 'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3')).toEqual(nine('1997-03-10', '1999-01-10', '1999-02-10', '1999-03-10', '2001-01-10', '2001-02-10', '2001-03-10', '2003-01-10', '2003-02-10', '2003-03-10'));
  });

  it('every third year on the 1st, 100th and 200th day, for 10 occurrences', () => {
    expect(series('19970101T090000', 'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200')).toEqual(nine('1997-01-01', '1997-04-10', '1997-07-19', '2000-01-01', '2000-04-09', '2000-07-18', '2003-01-01', '2003-04-10', '2003-07-19', '2006-01-01'));
  });

  it('the 20th Monday of the year, and the Monday of week 20', () => {
    expect(series('19970519T090000', 'FREQ=YEARLY;BYDAY=20MO', {take: 3})).toEqual(nine('1997-05-19', '1998-05-18', '1999-05-17'));
    expect(series('19970512T090000', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', {take: 3})).toEqual(nine('1997-05-12', '1998-05-11', '1999-05-17'));
  });

  it('every Thursday in March, and every Thursday in June, July and August', () => {
    expect(series('19970313T090000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=TH', {take: 11})).toEqual(nine('1997-03-13', '1997-03-20', '1997-03-27', '1998-03-05', '1998-03-12', '1998-03-19', '1998-03-26', '1999-03-04', '1999-03-11', '1999-03-18', '1999-03-25'));
    expect(series('19970605T090000', 'FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8', {take: 14})).toEqual(nine('1997-06-05', '1997-06-12', '1997-06-19', '1997-06-26', '1997-07-03', '1997-07-10', '1997-07-17', '1997-07-24', '1997-07-31', '1997-08-07', '1997-08-14', '1997-08-21', '1997-08-28', '1998-06-04'));
  });

  it('every Friday the 13th (the DTSTART, not one, is removed by EXDATE)', () => {
    expect(series('19970902T090000', 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', {take: 5, extra: 'EXDATE;TZID=America/New_York:19970902T090000'})).toEqual(nine('1998-02-13', '1998-03-13', '1998-11-13', '1999-08-13', '2000-10-13'));
  });

  it('the first Saturday after the first Sunday of the month, and US election day', () => {
    expect(series('19970913T090000', 'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13', {take: 10})).toEqual(nine('1997-09-13', '1997-10-11', '1997-11-08', '1997-12-13', '1998-01-10', '1998-02-07', '1998-03-07', '1998-04-11', '1998-05-09', '1998-06-13'));
    expect(series('19961105T090000', 'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8', {take: 3})).toEqual(nine('1996-11-05', '2000-11-07', '2004-11-02'));
  });

  it('BYSETPOS: the third Tuesday-to-Thursday, and the second-to-last weekday of the month', () => {
    expect(series('19970904T090000', 'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3')).toEqual(nine('1997-09-04', '1997-10-07', '1997-11-06'));
    expect(series('19970929T090000', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2', {take: 7})).toEqual(nine('1997-09-29', '1997-10-30', '1997-11-27', '1997-12-30', '1998-01-29', '1998-02-26', '1998-03-30'));
  });

  it('hourly and minutely rules', () => {
    expect(series('19970902T090000', 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z')).toEqual(['1997-09-02 09:00', '1997-09-02 12:00']);
    expect(series('19970902T090000', 'FREQ=MINUTELY;INTERVAL=15;COUNT=6')).toEqual(['09:00', '09:15', '09:30', '09:45', '10:00', '10:15'].map((t) => `1997-09-02 ${t}`));
    expect(series('19970902T090000', 'FREQ=MINUTELY;INTERVAL=90;COUNT=4')).toEqual(['09:00', '10:30', '12:00', '13:30'].map((t) => `1997-09-02 ${t}`));
  });

  it('every 20 minutes from 9:00 to 16:40, as a daily and as a minutely rule', () => {
    const times = [9, 10, 11, 12, 13, 14, 15, 16].flatMap((h) => ['00', '20', '40'].map((m) => `${String(h).padStart(2, '0')}:${m}`));
    const expected = ['1997-09-02', '1997-09-03'].flatMap((d) => times.map((t) => `${d} ${t}`));
    expect(series('19970902T090000', 'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40', {to: '1997-09-03'})).toEqual(expected);
    expect(series('19970902T090000', 'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16', {to: '1997-09-03'})).toEqual(expected);
  });

  it('WKST changes which days an every-other-week rule lands on', () => {
    expect(series('19970805T090000', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO')).toEqual(nine('1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24'));
    expect(series('19970805T090000', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU')).toEqual(nine('1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31'));
  });

  it('an invalid date (30 February) is skipped, not moved', () => {
    expect(series('20070115T090000', 'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5')).toEqual(nine('2007-01-15', '2007-01-30', '2007-02-15', '2007-03-15', '2007-03-30'));
  });

  it('RDATE periods and dates (section 3.8.5.2)', () => {
    const result = expand(`
BEGIN:VEVENT
UID:rdate-period
DTSTART:19960403T020000Z
DTEND:19960403T030000Z
RDATE;VALUE=PERIOD:19960403T020000Z/19960403T040000Z,19960404T010000Z/PT3H
END:VEVENT
BEGIN:VEVENT
UID:rdate-dates
DTSTART;VALUE=DATE:19970101
RDATE;VALUE=DATE:19970101,19970120,19970217,19970421
END:VEVENT`, {timeZone: 'UTC'});
    const periods = result.events.filter((e) => e.uid === 'rdate-period').map((e) => [e.start, e.end]);
    // The DTSTART instance keeps its own DTEND (RDATE of the same start adds nothing); the second brings 3 hours.
    expect(periods).toEqual([['1996-04-03T02:00:00+00:00', '1996-04-03T03:00:00+00:00'], ['1996-04-04T01:00:00+00:00', '1996-04-04T04:00:00+00:00']]);
    expect(result.events.filter((e) => e.uid === 'rdate-dates').map((e) => e.start)).toEqual(['1997-01-01', '1997-01-20', '1997-02-17', '1997-04-21']);
  });
});
