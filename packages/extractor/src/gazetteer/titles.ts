/**
 * Words that make up titles and roles written before a person's name ("Russian Foreign Minister",
 * "Kremlin spokesman", "Deputy National Security Adviser"). Hand-written: no npm package lists news
 * titles, and the list is about the language of bylines and datelines rather than facts.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `
  president vice-president prime premier chancellor minister ministers secretary secretary-general
  undersecretary under-secretary spokesman spokeswoman spokesperson spokespeople press ambassador envoy
  senator sen rep representative congressman congresswoman governor gov mayor king queen prince princess
  pope emir sultan ayatollah crown cardinal archbishop bishop chief executive ceo cfo coo cto director chairman chairwoman chair
  chairperson leader commander general gen lt col colonel major sgt admiral adviser advisor aide deputy
  vice foreign defense defence interior home finance economy economic trade industry health justice
  attorney treasury state national security intelligence principal senior top head founder co-founder
  president-elect counsel speaker lawmaker mp mep judge justice prosecutor officer official diplomat
  analyst correspondent editor reporter coach manager captain striker midfielder defender goalkeeper
  player champion villager resident dr mr mrs ms miss sir lord lady dame professor prof assistant
  ex-president former acting interim shadow opposition party labour conservative democrat republican
  energy environment education culture transport agriculture business communications
  administrator commissioner inspector superintendent ombudsman treasurer comptroller majority minority
  whip
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Short words that may sit inside a title ("Secretary of State", "Minister for Europe"). */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and']);
