export { normalizeName, foldName, acronymOf } from './normalize';
export { findCountry, findDemonym, type CountryRecord } from './countries';
export { findCity, cityAlias, type CityRecord } from './cities';
export { findRegion, isStateOrProvince } from './regions';
export { ORG_HEADS, CORPORATE_SUFFIXES, NAME_JOINERS, COMPANY_NOUNS, PERSON_MAKERS } from './organizations';
export { TITLE_WORDS, TITLE_JOINERS } from './titles';
export {
  HOLIDAYS,
  DAY_WORDS,
  AWARD,
  AWARDS,
  CALENDAR_WORDS,
  FAITHS_AND_PEOPLES,
  MONTHS,
  MONTHS_AND_ABBREVIATIONS,
  TECHNOLOGIES,
} from './misc';
export { findParty, findPartyAdjective, partyNamesStartingWith } from './parties';
export { findKnownOrganization, opensKnownOrganization } from './known-organizations';
