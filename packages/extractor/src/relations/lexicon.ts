/**
 * Closed word lists the rules use besides the trigger vocabulary: nouns that stand for a group of
 * people acting for an entity, nouns for parts of a place or an organisation, role nouns, light
 * verbs, and the words that set a relation's modality. All lower case.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Heads that make "Russian lawmakers", "Ukraine's leaders", "U.S. officials" act for the country;
 * weapons as well, which strike for the country that fires them ("Russian drones attacked Odesa").
 */
export const AGENT_NOUNS = set(`
  official officials lawmaker lawmakers legislator legislators leader leaders leadership government
  governments authority authorities administration ministry military army forces force troops navy
  diplomat diplomats delegation parliament cabinet regime spokesman spokeswoman spokesperson envoy
  negotiator negotiators chief president minister prosecutors intelligence mp mps senators congressmen
  drones missiles rockets warplanes jets artillery
`);

/**
 * Heads that act for an organisation, not a country: "NATO allies", "EU members", "G7 partners"
 * (but "Ukraine's allies" are other countries). Plural only: "an IPCL board member" is a person.
 */
export const MEMBER_NOUNS = set(`allies members partners`);

/** Heads whose owner is the place meant: "Ukraine's western flank", "near Russian borders". */
export const PLACE_PART_NOUNS = set(`
  border borders frontier frontiers flank territory territories soil region regions province
  provinces city capital coast coastline airspace waters peninsula east west north south port ports
  northeast northwest southeast southwest side part parts outskirts district oblast
`);

/** Place nouns for "X's Y region" and "Y, X's second city" (located-in). */
export const PLACE_NOUNS = set(`
  region province city capital town village district oblast county state port island peninsula area
  republic territory enclave
`);

/** Organisation nouns for "The State Duma, Russia's lower house" (part-of). */
export const ORG_PART_NOUNS = set(`
  house chamber parliament legislature ministry department agency branch arm unit subsidiary wing body
  committee council service office bureau court army navy force forces division directorate
  administration government cabinet senate assembly bank party
`);

/** Words in an organisation's name that make it a public body ("State Duma", "Defence Ministry"). */
export const PUBLIC_BODY_WORDS = set(`
  duma parliament congress senate assembly ministry government kremlin guard police military navy
  commission council court cabinet treasury legislature bundestag knesset
  authority agency regulator department office bureau inspectorate watchdog
`);

/** Role nouns for "White House press secretary X" and "X, Russia's foreign minister" (affiliated-with). */
export const ROLE_NOUNS = set(`
  president minister secretary spokesman spokeswoman spokesperson chancellor premier chief head leader
  ambassador envoy adviser advisor director chairman chairwoman chair commander general governor mayor
  official diplomat negotiator representative deputy member senator lawmaker correspondent editor
  analyst ceo founder executive officer king queen prince emperor prime
  administrator commissioner inspector treasurer prosecutor judge manager coach captain owner boss
  economist strategist professor
`);

/** Money, whose nationality is no one's: "rejected an offer worth 3.1bn Australian dollars". */
export const CURRENCY_NOUNS = set(`
  dollar dollars euro euros pound pounds sterling yen yuan renminbi rouble roubles ruble rubles rupee
  rupees peso pesos franc francs won shekel shekels lira krona kronor krone kroner zloty hryvnia rand
  dinar dinars dirham dirhams riyal riyals baht ringgit
`);

/**
 * Prepositions that open an adjunct of circumstance: what follows belongs to it, not to the verb
 * ("speaking to MPs amid rumours of a rift with Gordon Brown" is no talk with Brown).
 */
export const CIRCUMSTANCE_PREPOSITIONS = set(`amid amidst despite following`);

/** Verbs whose object noun carries the event: "held talks with", "issued a warning", "imposed sanctions on". */
export const LIGHT_VERBS = set(`
  hold have make issue give deliver send launch impose level take stage conduct announce submit sign
  seal reach strike express voice file lodge extend offer provide pledge promise approve slap order
  adopt unveil agree begin start join
`);

/** Nouns for what armies move, for the weak deployment verbs ("moved troops toward"). */
export const MILITARY_NOUNS = set(`
  troop troops force forces soldier soldiers unit units tank tanks weapon weapons missile missiles
  warship warships ship ships jet jets aircraft battalion battalions brigade brigades division divisions
  personnel equipment supply supplies artillery
`);

/** Armed people and the ships that carry them: what is deployed rather than supplied. */
export const PERSONNEL_NOUNS = set(`
  troop troops force forces soldier soldiers unit units battalion battalions brigade brigades division
  divisions personnel marines paratroopers warship warships
`);

/**
 * What one country or body gives another as aid: weapons, money, food, and sums of money ("pledged
 * 500 million euros to Ukraine", whose head is "euros"). No troops: see MILITARY_NOUNS.
 */
export const AID_NOUNS: ReadonlySet<string> = new Set([
  ...set(`
  aid assistance weapon weapons arm arms ammunition munition munitions missile missiles tank tanks jet
  jets aircraft drone drones howitzer howitzers artillery shell shells rocket rockets equipment vehicle
  vehicles system systems money fund funds funding loan loans grant grants cash food supply supplies
  million billion bn
`),
  ...CURRENCY_NOUNS,
]);

/** What is frozen or confiscated as a sanction: "froze the assets of Roman Abramovich". */
export const ASSET_NOUNS = set(`
  asset assets account accounts fund funds reserve reserves property properties holding holdings yacht
  yachts
`);

// ---------------------------------------------------------------------------------------------
// Modality
// ---------------------------------------------------------------------------------------------

export const NEGATORS = set(`not n't never`);
export const FUTURE_AUXILIARIES = set(`will 'll shall wo`);
export const MODAL_AUXILIARIES = set(`could might may would should can must ca`);
/** Subordinators that open a hypothetical clause. */
export const CONDITIONALS = set(`if unless whether`);

/** "plans to meet", "is ready to engage", "agreed to discuss": the infinitive is planned. */
export const PLANNING_GOVERNORS = set(`
  plan intend aim expect prepare agree promise pledge vow schedule set due ready going decide resolve
  arrange threaten offer decision intention agreement
`);
/** "failed to meet", "declined to comment": the infinitive is negated. */
export const NEGATIVE_GOVERNORS = set(`fail refuse decline neglect failure refusal`);
/** "denied that he had met X", "denied accusations that he threatened X": the clause is denied. */
export const DENIAL_WORDS = set(`deny denial refute`);
/** "voted to submit", "continued to warn": the infinitive happened as much as its governor did. */
export const IMPLICATIVE_GOVERNORS = set(`
  vote begin start continue manage proceed move go get use rush hasten dare
`);
/** Noun modifiers that make an event noun planned or hypothetical. */
export const PLANNED_MODIFIERS = set(`planned upcoming scheduled proposed expected forthcoming future`);
export const HYPOTHETICAL_MODIFIERS = set(
  `possible potential feared threatened likely hypothetical imminent`,
);
/** "fears of an invasion", "the threat of sanctions": the event noun is hypothetical. */
export const HYPOTHETICAL_FRAMES = set(
  `fear fears threat risk prospect possibility danger chance spectre specter`,
);

// ---------------------------------------------------------------------------------------------
// Clause structure
// ---------------------------------------------------------------------------------------------

/** Personal pronouns that may stand for a person named just before. */
export const PERSON_PRONOUNS = set(`he she`);
export const POSSESSIVE_PRONOUNS = set(`his her its their our my your`);
export const RELATIVE_PRONOUNS = set(`that which who whom whose`);
/** Words that can sit between a speech verb and its reported clause. */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
  morning afternoon evening night week month year last next this on
`);
