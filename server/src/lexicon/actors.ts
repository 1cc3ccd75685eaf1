/**
 * Words that say what kind of actor a noun phrase names, when the fact base does not know it:
 * "the Constitutional Court" is an institution, "Sergei Lavrov" a person, "a British hostage" a
 * person of a nationality. Used to notice a wrong actor, never to make one up.
 */
import type { EntityType } from '../factbase/model';

/** Head nouns of institutions, organisations and groups, by lemma. */
export const ACTOR_HEADS: Readonly<Record<string, EntityType>> = {
  court: 'institution', tribunal: 'institution', ministry: 'institution', ministry_of: 'institution', office: 'institution', council: 'institution',
  parliament: 'institution', duma: 'institution', senate: 'institution', congress: 'institution', assembly: 'institution', government: 'institution',
  administration: 'institution', cabinet: 'institution', presidency: 'institution', department: 'institution', agency: 'institution', service: 'institution',
  bureau: 'institution', commission: 'institution', committee: 'institution', prosecutor: 'institution', procuracy: 'institution', kremlin: 'institution',
  army: 'institution', military: 'institution', navy: 'institution', police: 'institution', embassy: 'institution', mission: 'institution', team: 'institution',
  centre: 'organization', center: 'organization', chamber: 'organization', association: 'organization', union: 'organization', federation: 'organization',
  foundation: 'organization', institute: 'organization', company: 'organization', corporation: 'organization', group: 'organization', network: 'organization',
  movement: 'organization', front: 'organization', party: 'organization', alliance: 'organization', brigade: 'organization', militia: 'organization',
  organization: 'organization', organisation: 'organization', bank: 'organization', fund: 'organization', consortium: 'organization', coalition: 'organization',
  observatory: 'organization', watch: 'organization', monitor: 'organization', initiative: 'organization', forum: 'organization', society: 'organization', trust: 'organization', council_of: 'organization',
  state: 'organization', caliphate: 'organization', emirate: 'organization', taliban: 'organization',
  magazine: 'publication', journal: 'publication', newspaper: 'publication', outlet: 'publication', channel: 'publication',
};

/**
 * Heads that describe an actor rather than name it: "the Islamist group", "the hardline
 * movement". A phrase with one of these heads may be another way to refer to a known actor, so it
 * never contradicts one.
 */
export const GENERIC_HEADS: readonly string[] = ['group', 'movement', 'organization', 'organisation', 'network', 'militia', 'outfit', 'faction', 'force', 'forces', 'regime', 'government', 'authorities', 'side', 'state', 'country'];

/** Nouns for people acting for a state or a group: "U.S. officials", "Taliban fighters". */
export const AGENT_NOUNS: readonly string[] = [
  'official', 'officials', 'authority', 'authorities', 'government', 'diplomat', 'diplomats', 'envoy', 'envoys', 'delegation', 'delegate', 'force', 'forces',
  'troop', 'troops', 'soldier', 'soldiers', 'fighter', 'fighters', 'militant', 'militants', 'gunman', 'gunmen', 'leader', 'leaders', 'leadership', 'army',
  'military', 'administration', 'regime', 'negotiator', 'negotiators', 'representative', 'representatives', 'spokesman', 'spokeswoman', 'spokesperson',
  'minister', 'ministers', 'agent', 'agents', 'operative', 'operatives', 'team', 'side', 'state', 'court', 'judge', 'judges', 'prosecutor', 'prosecutors',
  'intelligence', 'security service', 'police', 'investigator', 'investigators', 'lawmaker', 'lawmakers', 'deputy', 'deputies', 'politician', 'politicians',
  'commander', 'commanders', 'member', 'members', 'cadre', 'cadres', 'emissary', 'emissaries', 'people', 'citizen', 'citizens', 'national', 'nationals',
  'hostage', 'hostages', 'captive', 'captives', 'detainee', 'detainees', 'prisoner', 'prisoners', 'delegation', 'mission',
];

/**
 * Offices a person may be said to hold, as head nouns: "Zamir Kabulov, the Russian Foreign
 * Minister" gives Kabulov an office; if the fact base gives him another, one of them is wrong.
 */
export const OFFICE_NOUNS: readonly string[] = [
  'minister', 'president', 'premier', 'ambassador', 'amb', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman',
  'secretary', 'governor', 'general', 'commander', 'judge', 'prosecutor', 'chancellor', 'mayor', 'consul', 'attaché', 'attache',
  'negotiator', 'chief', 'head', 'deputy', 'speaker', 'senator', 'lawmaker', 'chargé', 'charge',
];

/**
 * Units inside a ministry or an agency: a post in one ("director of the Foreign Ministry's Second
 * Asian Department") is a line post, which a special envoy or a minister's adviser often holds at
 * the same time, so it contradicts no other office.
 */
export const UNIT_NOUNS: readonly string[] = ['department', 'division', 'directorate', 'desk', 'section', 'bureau', 'unit', 'branch', 'directorate-general'];

/**
 * States counted, not named: "most nations closed their embassies", "many other countries". A
 * quantifier, any adjectives, and a plural noun for states. Such a set is others than a state
 * the fact base names, so in a role that identifies an event it makes it another event.
 */
export const SET_QUANTIFIERS: readonly string[] = ['most', 'many', 'several', 'some', 'other', 'few', 'numerous', 'various', 'dozens', 'scores', 'almost', 'nearly'];
export const STATE_SET_NOUNS: readonly string[] = ['countries', 'nations', 'states', 'governments', 'capitals', 'powers'];
/** Words that name a member of such a set: "most governments, Russia's among them,", "many countries, including Russia,". */
export const SET_MEMBER_WORDS: readonly string[] = ['among', 'including', 'included', 'such', 'like', 'notably', 'especially', 'even'];

/** Titles of a head of government, who stands for their administration: "President Biden sent officials". */
export const LEADER_TITLES: readonly string[] = ['president', 'prime minister', 'premier', 'chancellor'];

/** Titles before a person's name: "Foreign Minister Sergei Lavrov", "Mr Kabulov". */
export const PERSON_TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'president', 'prime minister', 'minister', 'foreign minister', 'defence minister', 'defense minister', 'ambassador', 'envoy',
  'special envoy', 'general', 'gen', 'colonel', 'judge', 'justice', 'senator', 'secretary', 'spokesman', 'spokeswoman', 'deputy', 'chairman', 'mullah',
  'sheikh', 'emir', 'commander', 'director', 'chief', 'lieutenant', 'lt', 'sir', 'lord', 'professor', 'prof',
];

/**
 * States and their demonyms (and the codes writers use in notes, "RU", "AFG"), for actors the
 * fact base does not list: "a British hostage",
 * "Qatari mediators", "Kazakhstan". Each maps to the state's name; a fact-base entity with the
 * same name takes precedence.
 */
export const STATES: Readonly<Record<string, readonly string[]>> = {
  Afghanistan: ['Afghan', 'Afghans', 'AFG'], Albania: ['Albanian'], Algeria: ['Algerian'], Argentina: ['Argentine', 'Argentinian'], Armenia: ['Armenian'],
  Australia: ['Australian'], Austria: ['Austrian'], Azerbaijan: ['Azerbaijani', 'Azeri'], Bahrain: ['Bahraini'], Bangladesh: ['Bangladeshi'],
  Belarus: ['Belarusian'], Belgium: ['Belgian'], Brazil: ['Brazilian'], Bulgaria: ['Bulgarian'], Canada: ['Canadian'], Chile: ['Chilean'],
  China: ['Chinese'], Colombia: ['Colombian'], Croatia: ['Croatian'], Cuba: ['Cuban'], Cyprus: ['Cypriot'], 'Czech Republic': ['Czech'],
  Denmark: ['Danish', 'Dane'], Egypt: ['Egyptian'], Estonia: ['Estonian'], Ethiopia: ['Ethiopian'], Finland: ['Finnish', 'Finn'], France: ['French'],
  Georgia: ['Georgian'], Germany: ['German'], Greece: ['Greek'], Hungary: ['Hungarian'], India: ['Indian'], Indonesia: ['Indonesian'],
  Iran: ['Iranian'], Iraq: ['Iraqi'], Ireland: ['Irish'], Israel: ['Israeli'], Italy: ['Italian'], Japan: ['Japanese'], Jordan: ['Jordanian'],
  Kazakhstan: ['Kazakh', 'Kazakhstani'], Kenya: ['Kenyan'], Kuwait: ['Kuwaiti'], Kyrgyzstan: ['Kyrgyz', 'Kyrgyzstani'], Latvia: ['Latvian'],
  Lebanon: ['Lebanese'], Libya: ['Libyan'], Lithuania: ['Lithuanian'], Malaysia: ['Malaysian'], Mexico: ['Mexican'], Moldova: ['Moldovan'],
  Mongolia: ['Mongolian'], Morocco: ['Moroccan'], Netherlands: ['Dutch'], 'New Zealand': ['New Zealander'], Nigeria: ['Nigerian'],
  'North Korea': ['North Korean'], Norway: ['Norwegian'], Oman: ['Omani'], Pakistan: ['Pakistani'], Philippines: ['Filipino', 'Philippine'],
  Poland: ['Polish', 'Pole'], Portugal: ['Portuguese'], Qatar: ['Qatari'], Romania: ['Romanian'], Russia: ['Russian', 'RU', 'RF'], 'Saudi Arabia': ['Saudi'],
  Serbia: ['Serbian'], Singapore: ['Singaporean'], Slovakia: ['Slovak'], 'South Africa': ['South African'], 'South Korea': ['South Korean', 'Korean'],
  Spain: ['Spanish', 'Spaniard'], 'Sri Lanka': ['Sri Lankan'], Sudan: ['Sudanese'], Sweden: ['Swedish', 'Swede'], Switzerland: ['Swiss'],
  Syria: ['Syrian'], Tajikistan: ['Tajik', 'Tajikistani'], Thailand: ['Thai'], Tunisia: ['Tunisian'], Turkey: ['Turkish', 'Turk'], Türkiye: [],
  Turkmenistan: ['Turkmen'], Uganda: ['Ugandan'], Ukraine: ['Ukrainian'], 'United Arab Emirates': ['Emirati', 'UAE'], 'United Kingdom': ['British', 'Briton', 'Britons', 'UK', 'U.K.', 'Britain'],
  'United States': ['American', 'Americans', 'US', 'U.S.', 'USA'], Uzbekistan: ['Uzbek', 'Uzbekistani'], Venezuela: ['Venezuelan'], Vietnam: ['Vietnamese'],
  Yemen: ['Yemeni'], 'Soviet Union': ['Soviet', 'Soviets', 'USSR', 'U.S.S.R.'], 'European Union': ['EU', 'European'], NATO: [],
};

/** Cities and regions that writers name as places of events in the region, by their state. */
export const PLACES: Readonly<Record<string, readonly string[]>> = {
  Afghanistan: ['Kandahar', 'Herat', 'Mazar-i-Sharif', 'Mazar-e-Sharif', 'Jalalabad', 'Kunduz', 'Bagram', 'Helmand', 'Nangarhar', 'Ghazni', 'Bamiyan', 'Panjshir', 'Khost', 'Kabul airport'],
  Russia: ['St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Krasnogorsk', 'Kazan', 'Dagestan', 'Beslan', 'North Ossetia', 'Grozny', 'Sochi', 'Volgograd', 'Chechnya'],
  Pakistan: ['Islamabad', 'Peshawar', 'Quetta', 'Karachi', 'Lahore', 'Rawalpindi'],
  Iran: ['Tehran', 'Mashhad', 'Chabahar', 'Kerman'],
  Qatar: ['Doha'],
  Uzbekistan: ['Tashkent', 'Termez'],
  Tajikistan: ['Dushanbe'],
  Kazakhstan: ['Astana', 'Almaty'],
  China: ['Beijing', 'Xinjiang', 'Tibet', 'Urumqi'],
  'United States': ['Washington', 'New York'],
  Ukraine: ['Kyiv', 'Kiev'],
  Syria: ['Damascus'],
};

/** Nouns for a single person, which no frame's role for a state or an organisation can take: "recognised the diplomat". */
export const PERSON_NOUNS: readonly string[] = [
  'diplomat', 'envoy', 'ambassador', 'official', 'representative', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'delegate', 'emissary', 'chargé', 'charge',
  'consul', 'attaché', 'journalist', 'citizen', 'national', 'person', 'man', 'woman', 'individual', 'hostage', 'captive', 'detainee', 'prisoner',
];

/** Nouns for a person whose nationality the word before them gives: "a British hostage". */
export const NATIONAL_PERSON_NOUNS: readonly string[] = ['hostage', 'captive', 'detainee', 'prisoner', 'citizen', 'national', 'journalist', 'aid worker', 'tourist', 'contractor', 'engineer', 'veteran'];

/** Bodies that take their leader's name: "the Biden administration". */
export const LEADER_BODY_NOUNS: readonly string[] = ['administration', 'government', 'regime', 'cabinet', 'presidency', 'team', 'people'];

/** Small words inside a name of capitalised words: "Voice of Khorasan", "Centre in Afghanistan", "Voice of the ...". */
export const NAME_JOINERS: readonly string[] = ['of', 'for', 'the', 'and', 'in', 'on'];
