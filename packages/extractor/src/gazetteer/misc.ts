/**
 * Names that are never entities of the graph, however the tagger types them: holidays, awards and
 * the technologies and media formats news capitalises (CoNLL's MISC). The tagger takes "Christmas"
 * and "Oscar" for people and "DVD" for a company, and resolution then joins them to real entities
 * ("Father Christmas"; "PC" to the "Pensions Commission"). Hand-written vocabulary, like the titles
 * and organisation heads: words of a kind, not facts about particular entities.
 */

/** The months, lower case. "May" and "August" are names too: the rules that drop months read the context. */
export const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

/** Weekdays and months, lower case: capitalised, they are no names ("Friday" of "Man Friday" is a date). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  ...MONTHS,
]);

/** Months with the abbreviations datelines use ("KYIV, Feb 8"). */
export const MONTHS_AND_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
]);

/** Holidays and seasons of feasts, lower case ("Christmas", and "Christmas Day" through DAY_WORDS). */
export const HOLIDAYS: ReadonlySet<string> = new Set(
  `christmas xmas easter ramadan eid diwali hanukkah hanukah chanukah passover thanksgiving halloween
   hogmanay lent advent pentecost whitsun`
    .split(/\s+/)
    .filter(Boolean),
);

/** What follows a holiday in the name of its day ("Christmas Eve", "Easter Sunday"). */
export const DAY_WORDS: ReadonlySet<string> = new Set(
  'day eve sunday monday weekend holiday holidays period season'.split(' '),
);

/**
 * Awards named by one word: the plural always ("the Oscars"), the singular as an award when an
 * article or a noun goes with it ("an Oscar", "Oscar nomination"), since it is also a first name
 * and some footballers' only name.
 */
export const AWARDS: ReadonlySet<string> = new Set('oscars baftas grammys grammies emmys'.split(' '));
export const AWARD: ReadonlySet<string> = new Set('oscar bafta grammy emmy'.split(' '));

/**
 * Technologies and formats, as written: "PCs" are computers where "PCS" is a trade union, so these
 * match the span's last word exactly, not in lower case.
 */
export const TECHNOLOGIES: ReadonlySet<string> = new Set(
  `DVD DVDs HD-DVD CD CDs CD-ROM CD-ROMs PC PCs MP3 MP3s LCD GPS SMS MMS DSL ADSL Wi-Fi WiFi 3G 4G VoIP P2P
   Voip HDTV`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Faiths and peoples, which describe people as nationalities do ("a Sikh leader", "Muslims"):
 * the tagger takes them for places or people. One word, lower case; CoNLL-2003 files them as misc.
 */
export const FAITHS_AND_PEOPLES: ReadonlySet<string> = new Set(
  `sikh sikhs muslim muslims christian christians jew jews jewish hindu hindus buddhist buddhists
   catholic catholics protestant protestants sunni sunnis shia shias shiite shiites arab arabs kurd
   kurds hutu hutus tutsi tutsis pashtun pashtuns tamil tamils uighur uighurs uyghur uyghurs rohingya
   druze alawite alawites yazidi yazidis`
    .split(/\s+/)
    .filter(Boolean),
);
