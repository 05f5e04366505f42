/**
 * Political parties that news names alone, without "Party": "Labour", "the Tories", "Democrats".
 * The tagger, trained on CoNLL-2003, misses "Labour", takes "Tories" for a person and files party
 * members ("Democrats", "Republicans") as misc, which the graph drops; yet who accused whom in
 * political news is often a party. Each party is listed by its full name with the other names news
 * gives it, so that "Tories", "Conservatives" and "Conservative Party" are one node. Only the
 * parties of the countries English-language news covers most, and only names that are not also
 * another party's: "Social Democrats" and "Liberals" are parties in many countries and stay out.
 */
import { normalizeName } from './normalize';

const PARTIES: Record<string, readonly string[]> = {
  // "Tory" and "Lib Dem" name the party before a role too: "Tory MP Michael Mates".
  'Conservative Party': ['Conservatives', 'Tories', 'Tory', 'Tory Party'],
  'Labour Party': ['Labour'],
  'Liberal Democrats': ['Lib Dems', 'Lib Dem', 'Liberal Democrat'],
  'Scottish National Party': ['SNP'],
  'Reform UK': [],
  'Plaid Cymru': [],
  'Democratic Unionist Party': ['DUP'],
  'Sinn Fein': ['Sinn Féin'],
  'UK Independence Party': ['UKIP'],
  'Democratic Party': ['Democrats'],
  'Republican Party': ['Republicans', 'GOP'],
  'Christian Democratic Union': ['CDU'],
  'Social Democratic Party of Germany': ['SPD'],
  'Alternative for Germany': ['AfD'],
  'National Rally': ['Rassemblement National'],
  'Brothers of Italy': [],
  'Law and Justice': ['PiS'],
  'Bharatiya Janata Party': ['BJP'],
  'African National Congress': ['ANC'],
  'United Russia': [],
  Likud: [],
  Fidesz: [],
  Kuomintang: ['KMT'],
};

interface PartyName {
  /** The name's words as written ("Lib", "Dems"). */
  words: string[];
  /** The party's full name, its label. */
  party: string;
}

let byFirstWord: Map<string, PartyName[]> | undefined;
let byKey: Map<string, string> | undefined;

function build(): void {
  byFirstWord = new Map();
  byKey = new Map();
  for (const [party, others] of Object.entries(PARTIES)) {
    for (const name of [party, ...others]) {
      const words = name.split(' ');
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, party });
      byFirstWord.set(words[0]!, list);
      byKey.set(normalizeName(name), party);
    }
  }
  // Longest first: "Liberal Democrats" before "Democrats" cannot clash (other first words), but
  // "Labour Party" must win over "Labour".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
}

/** The party names, as written, that start with `word` (longest first). */
export function partyNamesStartingWith(word: string): readonly PartyName[] | undefined {
  if (!byFirstWord) build();
  return byFirstWord!.get(word);
}

/** The full name of the party a name denotes ("Tories" -> "Conservative Party"), if it is one. */
export function findParty(name: string): string | undefined {
  if (!byKey) build();
  return byKey!.get(normalizeName(name));
}

/**
 * Adjectives that name a party in front of a title ("Republican Senator Lindsey Graham", "the
 * Conservative leader"). They are not among the party's names: alone, "Democratic" opens
 * "Democratic Republic of Congo" and "Conservative" is also a Canadian party, but a title a
 * person holds "as a Republican" is the party's.
 */
const PARTY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['Republican', 'Republican Party'],
  ['Democratic', 'Democratic Party'],
  ['Democrat', 'Democratic Party'],
  ['Conservative', 'Conservative Party'],
]);

/** The party an adjective names before a title ("Republican" -> "Republican Party"); case counts. */
export function findPartyAdjective(word: string): string | undefined {
  return PARTY_ADJECTIVES.get(word);
}
