export { normalizeName, acronymOf } from './normalize';
export { findCountry, findDemonym, findCapitalOf, type CountryRecord } from './countries';
export { findCity, type CityRecord } from './cities';
export { TITLE_WORDS, TITLE_JOINERS, type TitleSplit } from './titles';
