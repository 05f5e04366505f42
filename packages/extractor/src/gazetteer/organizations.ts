/**
 * Words that make a name an organisation's, and the suffixes that end company names. Hand-written:
 * these are the vocabulary of institutional names, not facts about particular ones.
 */

/**
 * Head words of organisation names ("Defense Ministry", "Maxar Technologies"). Too generic to stand
 * for a longer name alone: "Ministry" is not "Defense Ministry", while a proper name's last word may be.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  `ministry ministries department office agency council committee commission parliament congress
   senate assembly court union alliance organization organisation association institute university college
   school party bank fund group inc corp corporation company co ltd plc llc technologies systems airlines
   motors news times post press journal network television tv radio army navy forces police service
   services federation league club foundation board authority administration government cabinet bureau
   directorate command guard guards brigade regiment battalion exchange reserve treasury tribunal
   labs laboratories laboratory holdings industries partners ventures pharmaceuticals telecom
   communications electronics studios pictures entertainment aerospace insurance electric petroleum
   airways railways chemicals foods stores mining semiconductor software securities brewery`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that end a company's name without naming it ("Maxar Technologies" is "Maxar"). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(
  `inc corp corporation co company ltd limited plc llc ag sa nv group holdings technologies technology systems
   international electronics motor`.split(/\s+/),
);

/** Function words that join the parts of an organisation's name ("Bank of England"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'in', 'on', '&', 'the']);

/**
 * Nouns that introduce a company by its trade, just before its name ("search engine Google", "oil
 * giant Yukos", "electronics firm Sony"): news introduces companies this way, and the word settles
 * a name the tagger may take for a person's or a place's.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(
  `firm company giant maker retailer carrier airline bank insurer operator provider engine chain
   manufacturer broadcaster conglomerate subsidiary brewer miner group network label`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words before "maker" that make it a person's trade ("film maker Ken Loach"). */
export const PERSON_MAKERS: ReadonlySet<string> = new Set(
  'film movie policy decision music documentary programme program peace king'.split(' '),
);
