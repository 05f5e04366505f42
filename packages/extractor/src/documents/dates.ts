/**
 * Dates as news articles write them, normalised to ISO `YYYY-MM-DD`. Only whole values are read
 * ("February 15, 2022, will go down in history" is a sentence, not a date line), and impossible
 * calendar dates are refused rather than rolled over (2022-02-30 is not March 2nd).
 */

// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
/** "Published:" / "Updated on" and the like, in front of a date line. */
const LABEL = '(?:(?:published|updated|posted|date|first published)(?:\\s+on)?\\s*:?\\s*)?';
/** A clock time after the date: ", 10:30 a.m. ET", "at 14:05 GMT", "10.30am". */
const TIME =
  '(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}\\)?)?)?';

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DAY_MONTH_YEAR = new RegExp(`^${LABEL}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}${TIME}$`);
const MONTH_DAY_YEAR = new RegExp(`^${LABEL}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}${TIME}$`);
const LABELLED_ISO = new RegExp(`^${LABEL}(\\d{4}-\\d{2}-\\d{2}|\\d{8})${TIME}$`);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIso(year: number, month: number, day: number): string | undefined {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.replace(/\.$/, '')] ?? 0;
}

/**
 * Reads `20220215`, `2022-02-15` (optionally an ISO timestamp: the date is kept as written, not
 * shifted by its time zone), `2022/02/15`, `15 February 2022`, `February 15, 2022`,
 * `Tue, 15 Feb. 2022 10:30 GMT`, `Published: 15 February 2022`. Returns undefined for anything else.
 */
export function normaliseDate(value: string): string | undefined {
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text || text.length > 80) return undefined;
  let m = COMPACT.exec(text) ?? ISO.exec(text) ?? SLASHED.exec(text);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = LABELLED_ISO.exec(text);
  if (m) return normaliseDate(m[1]!);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return toIso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return toIso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  return undefined;
}
