/**
 * Organisations world news names by their bare name: international bodies, armed and political
 * groups, state agencies, large companies and news agencies. The tagger learnt its types from 1996
 * Reuters text and a name alone gives it little to go on: it takes "Google" for a person,
 * "Greenpeace" and "the African Union" for places, and "Boeing", "Airbus" and "the Taliban" for misc
 * (CoNLL-2003 tags aircraft so). Hand-written world knowledge, like the list of countries: names
 * that have meant the organisation for years, in the forms news writes them.
 *
 * Left out on purpose: names that are mostly people's ("Ford", "Dell", "Bloomberg", "Wagner"; the
 * tagger and the article's full names settle those) and political parties (see parties.ts).
 * A leading `~` marks a name that is also a common word or a place ("Apple", "Amazon", "Shell"): it
 * is not added where the tagger found nothing at a sentence's start, nor retyped after "the"
 * ("the Amazon" is the river).
 */
const NAMES = `
  United Nations|UN|U.N.|UN Security Council|U.N. Security Council|UNESCO|UNICEF|UNHCR|UNRWA|UNDP
  World Food Programme|World Health Organization|World Health Organisation|WHO|World Trade Organization
  WTO|International Monetary Fund|IMF|World Bank|OECD|OPEC|NATO|European Union|EU|European Commission
  European Parliament|European Council|European Central Bank|ECB|European Investment Bank|Eurostat
  Frontex|Europol|Interpol|Eurojust|African Union|ASEAN|Mercosur|ECOWAS|Arab League
  Gulf Cooperation Council|Shanghai Cooperation Organisation|Shanghai Cooperation Organization
  Council of Europe|OSCE|IAEA|International Atomic Energy Agency|International Criminal Court
  International Court of Justice|ICJ|Red Cross|International Committee of the Red Cross|ICRC
  Red Crescent|Doctors Without Borders|Medecins Sans Frontieres|Médecins Sans Frontières|MSF
  Amnesty International|Human Rights Watch|Greenpeace|Oxfam|Transparency International
  Reporters Without Borders|Committee to Protect Journalists|FIFA|UEFA|International Olympic Committee
  IOC|WADA|World Economic Forum|APEC|CSTO|Eurasian Economic Union|Save the Children|Caritas

  Hamas|Hezbollah|Hizbollah|Taliban|Islamic State|ISIS|ISIL|Daesh|al-Qaeda|al-Qaida|al Qaeda|Al Qaeda
  Al-Qaeda|Boko Haram|al-Shabaab|Al-Shabaab|al-Shabab|Houthis|Wagner Group|PKK|YPG|Islamic Jihad
  Hayat Tahrir al-Sham|Muslim Brotherhood|FARC|Rapid Support Forces|Fatah

  FBI|CIA|NSA|FSB|SVR|GRU|KGB|MI5|MI6|GCHQ|Mossad|Shin Bet|NASA|Roscosmos|FAA|FDA|SEC|FTC|CDC|EPA|IRS
  Pentagon|Federal Reserve|Bundesbank|Bundestag|Bundeswehr|State Duma|Knesset|Verkhovna Rada|Sejm
  Bank of England|Bank of Japan|People's Bank of China|NHS|Ofcom|Ofgem|Ofsted|Scotland Yard

  Reuters|Associated Press|AFP|Agence France-Presse|Bloomberg News|TASS|RIA Novosti|Interfax|Xinhua
  Kyodo|Yonhap|Anadolu|IRNA|BBC|CNN|Fox News|Al Jazeera|New York Times|Washington Post
  Wall Street Journal|Financial Times|Der Spiegel|Le Monde|Politico|Axios|NPR|NBC|CBS|Sky News
  Russia Today|Kommersant|Izvestia|Ukrainska Pravda|Kyiv Independent|Haaretz|Xinhua News Agency

  Google|~Alphabet|~Meta|Facebook|Instagram|WhatsApp|YouTube|Twitter|TikTok|ByteDance|Microsoft|~Apple
  ~Amazon|Netflix|Nvidia|Intel|AMD|Qualcomm|Broadcom|Samsung|Samsung Electronics|SK Hynix|Huawei|ZTE
  Xiaomi|Tencent|Alibaba|Baidu|Sony|Toshiba|Panasonic|Hitachi|Nintendo|IBM|~Oracle|Cisco|Salesforce
  Adobe|SAP|OpenAI|Anthropic|DeepMind|SpaceX|Starlink|Tesla|Uber|Airbnb|PayPal|Mastercard|Spotify
  Foxconn|TSMC|ASML|SoftBank|Telegram|Binance|Coinbase|Toyota|Volkswagen|BMW|Mercedes-Benz|Daimler
  Stellantis|Renault|Nissan|Honda|Hyundai|General Motors|BYD|Volvo|Porsche|Ferrari|Boeing|Airbus
  Lockheed Martin|Raytheon|Northrop Grumman|General Dynamics|BAE Systems|Rheinmetall|Thales|Embraer
  Gazprom|Rosneft|Lukoil|Novatek|Rosatom|Naftogaz|Aramco|Saudi Aramco|ExxonMobil|Exxon Mobil|Exxon
  Chevron|BP|~Shell|TotalEnergies|Eni|Equinor|Petrobras|Sinopec|PetroChina|CNOOC|Glencore|Rio Tinto
  BHP|ArcelorMittal|Goldman Sachs|JPMorgan|JPMorgan Chase|JP Morgan|Morgan Stanley|Citigroup
  Bank of America|Wells Fargo|HSBC|Barclays|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|Santander
  BlackRock|Berkshire Hathaway|Nomura|Ryanair|Lufthansa|easyJet|Aeroflot|Air France|British Airways
  Pfizer|Moderna|BioNTech|AstraZeneca|Johnson & Johnson|Novartis|Roche|Sanofi|GSK|GlaxoSmithKline
  Merck|Novo Nordisk|Eli Lilly|Walmart|Wal-Mart|Nestle|Nestlé|Unilever|Maersk|Siemens|Bayer|BASF|Nokia|Ericsson
  Vodafone|Deutsche Telekom|Disney|Starbucks|Coca-Cola|PepsiCo|Nike|Adidas|Ikea|FedEx|DHL
`;

interface KnownOrganization {
  /** Also a common word or a place: see the file comment. */
  ambiguous: boolean;
}

let known: Map<string, KnownOrganization> | undefined;
let firstWords: Set<string> | undefined;

function load(): Map<string, KnownOrganization> {
  if (!known) {
    known = new Map();
    firstWords = new Set();
    for (const entry of NAMES.split(/[|\n]/)) {
      const trimmed = entry.trim();
      if (!trimmed) continue;
      const ambiguous = trimmed.startsWith('~');
      const name = ambiguous ? trimmed.slice(1) : trimmed;
      known.set(name, { ambiguous });
      // The first token as a tokenizer may cut it: "Coca-Cola" may be "Coca" + "-" + "Cola".
      firstWords.add(name.split(' ')[0]!);
      firstWords.add(name.split(/[\s\-.&']/)[0]!);
    }
  }
  return known;
}

/** The organisation a name is, written exactly as listed ("Google", "the Taliban" as "Taliban"). */
export function findKnownOrganization(name: string): KnownOrganization | undefined {
  const map = load();
  return map.get(name) ?? (/^the /i.test(name) ? map.get(name.slice(4)) : undefined);
}

/** Whether a token's text can open a listed name: a cheap test before reading longer runs. */
export function opensKnownOrganization(word: string): boolean {
  load();
  return firstWords!.has(word);
}
