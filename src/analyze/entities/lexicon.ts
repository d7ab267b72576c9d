// Small closed word lists for role titles and demonyms: what a name's neighbours say about it.

/** Role words that can stand alone as the head of a title ("President", "spokeswoman"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president',
  'minister',
  'secretary',
  'spokeswoman',
  'spokesman',
  'spokesperson',
  'prosecutor',
  'chancellor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'leader',
  'director',
  'ambassador',
  'envoy',
  'governor',
  'mayor',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
  'speaker',
  'chairman',
  'chairwoman',
  'ceo',
  'commissioner',
  'commander',
  'gen.',
  'general',
  'lt.',
  'col.',
  'gov.',
  'judge',
  // "Justice Antonin Scalia", "Supreme Court Justice Antonin Scalia" (a modifier too: "Justice Minister").
  'justice',
  'attorney',
  'adviser',
  'advisor',
  'aide',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'prof.',
  'professor',
  'sheikh',
  'ayatollah',
  'emir',
  'sultan',
  'lawmaker',
  'mp',
  'diplomat',
  'official',
  'executive',
  'founder',
  'cardinal',
  'bishop',
  'archbishop',
  'coach',
  // Football positions: players' titles in sports news ("Chargers WR Vincent Jackson", "Colts quarterback Peyton
  // Manning"). Not "NT" (nose tackle), a common abbreviation in web text.
  'quarterback',
  'linebacker',
  'qb',
  'rb',
  'wr',
  'lb',
  'cb',
  'dt',
  'manager',
  'chief',
  'head',
  'dictator',
  'strongman',
  // Local government, police and clergy: "City Councilman Jumaane Williams", "Det. Mary Smith", "Rabbi David Cohen".
  'councilman',
  'councilwoman',
  'councilmember',
  'councillor',
  'councilor',
  'alderman',
  'alderwoman',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'sheriff',
  'officer',
  'detective',
  'det.',
  'sergeant',
  'sgt.',
  'inspector',
  'superintendent',
  'trooper',
  'capt.',
  'rabbi',
  'rev.',
  'reverend',
  'pastor',
  'imam',
]);

/** Words that may make up a title before a name: every head, plus the modifiers that only qualify one ("Foreign", "Deputy"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_HEADS,
  'vice',
  'prime',
  'ministers',
  'foreign',
  'defense',
  'defence',
  'interior',
  'finance',
  'economy',
  'health',
  'energy',
  'trade',
  'deputy',
  'state',
  'chair',
  'lieutenant',
  'colonel',
  'captain',
  'admiral',
  'opposition',
  'candidate',
  'counsellor',
  'counselor',
  'national',
  'security',
  'house',
  'press',
  'top',
  'analyst',
  'activist',
  'incumbent',
  'assistant',
]);

/**
 * Words that qualify a local title but also end place names ("City Councilman" beside "Kansas City Mayor"): left
 * out of a title's words, and not taken for an organization when one of them alone comes before the title.
 */
export const LOCAL_TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'city',
  'county',
  'borough',
  'police',
  'district',
]);

/**
 * Words that end the name of an organization, never a person's: "Dick Clark Productions" is a company even when the
 * tagger reads a person's name in it.
 */
export const ORGANIZATION_ENDINGS: ReadonlySet<string> = new Set([
  'productions',
  'pictures',
  'studios',
  'records',
  'entertainment',
  'inc',
  'corp',
  'corporation',
  'ltd',
  'llc',
  'plc',
  'holdings',
  'group',
  'associates',
  'partners',
  'airlines',
  'airways',
  'bank',
  'university',
  'college',
  'institute',
  'foundation',
  'ministry',
  'party',
  'agency',
  'committee',
  'company',
  // "Justice Department", "Justice League": "Justice" titles a judge, not these.
  'department',
  'league',
  'assembly',
  'motors',
  'electric',
  'dynamics',
]);

/** Words that end the name of a street, park or other place ("117th Street", "Mt Cook National Park"). */
export const PLACE_ENDINGS: ReadonlySet<string> = new Set([
  'street',
  'st.',
  'avenue',
  'ave.',
  'road',
  'boulevard',
  'blvd.',
  'lane',
  'drive',
  'square',
  'highway',
  'freeway',
  'expressway',
  'bridge',
  'park',
  'island',
  'islands',
  'mountains',
  'valley',
  'river',
  'canyon',
]);

/**
 * Words for a country's administrative divisions: a name before one ("Mary province", "Kherson oblast") or ending in
 * one ("Scott County") is the division, never a person, though the name alone may be a first name or a surname.
 * Not "city", "town" or "state": "a Clinton town hall", "a Trump state visit" name the person.
 */
export const ADMINISTRATIVE_DIVISIONS: ReadonlySet<string> = new Set([
  'province',
  'region',
  'oblast',
  'district',
  'county',
  'prefecture',
  'governorate',
  'municipality',
  'canton',
  'krai',
  'raion',
  'voivodeship',
  'parish',
  'township',
  'borough',
  'emirate',
]);

/**
 * Abbreviations of common things that a tagger trained on capitals reads as organizations ("three prior DUI
 * convictions", "an SUV"): never a name.
 */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dui',
  'dwi',
  'owi',
  'suv',
  'mvp',
  'rbi',
  'dna',
  'gps',
  'atm',
  'ied',
  'ufo',
  'vip',
  'iq',
  'faq',
  'usb',
  'pdf',
  'lcd',
  'dvd',
  'mph',
  'gdp',
  'cpi',
  'ipo',
  'ceo',
  'cfo',
  'coo',
  'cto',
  // "it is considered ‘OK’ to …": a word, never Oklahoma's postal code in running news.
  'ok',
  'o.k.',
]);

/** Last words of the names of laws, treaties and gatherings ("Affordable Care Act", "Second Amendment"): no organization. */
export const LAW_AND_EVENT_ENDINGS: ReadonlySet<string> = new Set([
  'act',
  'amendment',
  'treaty',
  'accord',
  'accords',
  'agreement',
  'doctrine',
  'convention',
]);

/**
 * Followers of a faith and peoples named in the plural ("Muslims", "Hispanics"): groups, never an organization
 * (the tagger often reads them so; CoNLL marks them MISC).
 */
export const FAITH_AND_ETHNIC_GROUPS: ReadonlySet<string> = new Set([
  'muslims',
  'christians',
  'jews',
  'catholics',
  'protestants',
  'evangelicals',
  'mormons',
  'hindus',
  'sikhs',
  'buddhists',
  'hispanics',
  'latinos',
  'latinas',
]);

/**
 * Armed and militant groups the tagger reads as places or as MISC ("Islamic State" for its last word, "Taliban" as a
 * people): organizations, which is what they are when they claim an attack or issue a statement.
 */
export const ARMED_GROUPS: ReadonlySet<string> = new Set([
  'islamic state',
  'isis',
  'isil',
  'daesh',
  'taliban',
  'al qaeda',
  'al-qaeda',
  'al-qaida',
  'hezbollah',
  'hamas',
  'boko haram',
  'al-shabab',
  'al-shabaab',
  'al-nusra front',
]);

/**
 * Television and radio networks, which the tagger reads as places when named alone ("In an interview on Fox",
 * "the Fox moderators"): organizations, whatever it says.
 */
export const BROADCASTERS: ReadonlySet<string> = new Set([
  'fox',
  'cnn',
  'msnbc',
  'cnbc',
  'nbc',
  'cbs',
  'abc',
  'npr',
  'pbs',
  'bbc',
  'c-span',
]);

/** Honorifics are titles but not roles worth keeping. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'mr',
  'mrs',
  'ms',
  'dr.',
  'dr',
]);

/** Role heads that denote whoever leads a country: "the Russian leader" may be its president or prime minister. */
export const LEADER_HEADS: ReadonlySet<string> = new Set([
  'leader',
  'head of state',
  'strongman',
  'dictator',
]);
export const LEADER_ROLES: ReadonlySet<string> = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'leader',
  'emir',
  'sultan',
]);

/** Demonym or country word -> country key. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['russian', 'russia'],
  ['russia', 'russia'],
  ['belarusian', 'belarus'],
  ['belarus', 'belarus'],
  ['belorussian', 'belarus'],
  ['american', 'us'],
  ['us', 'us'],
  ['u.s.', 'us'],
  ['united states', 'us'],
  ['polish', 'poland'],
  ['poland', 'poland'],
  ['german', 'germany'],
  ['germany', 'germany'],
  ['french', 'france'],
  ['france', 'france'],
  ['british', 'uk'],
  ['uk', 'uk'],
  ['u.k.', 'uk'],
  ['britain', 'uk'],
  ['ukrainian', 'ukraine'],
  ['ukraine', 'ukraine'],
  ['chinese', 'china'],
  ['china', 'china'],
  ['iranian', 'iran'],
  ['iran', 'iran'],
  ['israeli', 'israel'],
  ['israel', 'israel'],
  ['turkish', 'turkey'],
  ['turkey', 'turkey'],
  ['syrian', 'syria'],
  ['syria', 'syria'],
  ['lithuanian', 'lithuania'],
  ['lithuania', 'lithuania'],
  ['latvian', 'latvia'],
  ['estonian', 'estonia'],
  ['indian', 'india'],
  ['india', 'india'],
  ['pakistani', 'pakistan'],
  ['japanese', 'japan'],
  ['japan', 'japan'],
  ['italian', 'italy'],
  ['italy', 'italy'],
  ['spanish', 'spain'],
  ['spain', 'spain'],
  ['canadian', 'canada'],
  ['mexican', 'mexico'],
  ['venezuelan', 'venezuela'],
  ['venezuela', 'venezuela'],
  ['cuban', 'cuba'],
  ['iraqi', 'iraq'],
  ['iraq', 'iraq'],
  ['saudi', 'saudi arabia'],
  ['egyptian', 'egypt'],
  ['afghan', 'afghanistan'],
  ['korean', 'korea'],
  ['european', 'eu'],
  ['eu', 'eu'],
  ['soviet', 'ussr'],
  ['kremlin', 'russia'],
  ['brazilian', 'brazil'],
  ['australian', 'australia'],
  ['dutch', 'netherlands'],
  ['swedish', 'sweden'],
  ['norwegian', 'norway'],
  ['finnish', 'finland'],
  ['greek', 'greece'],
  ['serbian', 'serbia'],
  ['armenian', 'armenia'],
  ['azerbaijani', 'azerbaijan'],
  ['georgian', 'georgia'],
  ['kazakh', 'kazakhstan'],
  ['palestinian', 'palestine'],
  ['lebanese', 'lebanon'],
  ['yemeni', 'yemen'],
  ['libyan', 'libya'],
  ['nigerian', 'nigeria'],
  ['south african', 'south africa'],
  ['hungarian', 'hungary'],
  ['czech', 'czech republic'],
  ['romanian', 'romania'],
  ['bulgarian', 'bulgaria'],
  ['austrian', 'austria'],
  ['swiss', 'switzerland'],
  ['belgian', 'belgium'],
  ['irish', 'ireland'],
  ['portuguese', 'portugal'],
  ['danish', 'denmark'],
  ['qatari', 'qatar'],
  ['emirati', 'uae'],
  ['bolivian', 'bolivia'],
  ['colombian', 'colombia'],
  ['argentine', 'argentina'],
  ['argentinian', 'argentina'],
  ['chilean', 'chile'],
  ['peruvian', 'peru'],
  ['nicaraguan', 'nicaragua'],
]);

/** Generic words that look like demonyms by their ending but name no nation. */
const NOT_DEMONYM = new Set(['christian', 'muslim', 'republican', 'european union']);

/** Whether a single capitalized word is a nationality adjective ("Russian", "Belarusian"). */
export function isDemonym(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_DEMONYM.has(w)) return false;
  const key = DEMONYMS.get(w);
  return key !== undefined && key !== w.replace(/\./g, '');
}

/**
 * A one-word name written in lower case with capitals inside: "ePA" (the German electronic patient record) is not
 * the EPA, nor "iOS" an "IOS".
 */
const INNER_CAPITALS = /^\p{Ll}[\p{L}\d]*\p{Lu}[\p{L}\d]*$/u;

/**
 * Lowercase, drop dots and leading articles: the key under which names are compared. A name of INNER_CAPITALS
 * keeps its case, so it meets only itself.
 */
export function nameKey(name: string): string {
  // One apostrophe for both spellings: "O’Malley" and "O'Malley" are one name.
  const s = name.replace(/\u2019/g, "'");
  const bare = s.trim().replace(/'s$/u, '');
  return (INNER_CAPITALS.test(bare) ? bare : s.toLowerCase())
    .replace(/'s$/u, '')
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'la', '&']);

/** Initials of a multiword name ("European Union" -> "eu"), empty for one word. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return words.map((w) => w[0].toLowerCase()).join('');
}

/** The endings of most patronymics, lower case (the registry reads lower-cased names). */
export const PATRONYMIC_ENDING = /(?:ovich|evich|ovna|evna|ichna)$/;
const CAPITALIZED_PATRONYMIC = new RegExp(`^\\p{Lu}\\p{Ll}+${PATRONYMIC_ENDING.source}`, 'u');

/**
 * Patronymics ("Grigoryevich", "Vladimirovna") let "Alexander Grigoryevich" stand for Alexander Lukashenko. A bare
 * "-ich" ends surnames too (Kasich, Dietrich, Vlacich): only the few patronymics built that way are listed.
 */
export const isPatronymic = (w: string): boolean =>
  CAPITALIZED_PATRONYMIC.test(w) || /^(?:Ilyich|Ilich|Kuzmich|Lukich|Fomich|Nikitich|Savvich)$/.test(w);

/**
 * US states by postal code and by the abbreviation news style gives them ("Fla.", "Calif.", "W.Va."; dots are
 * dropped from keys), so that "NJ", "N.J." and "New Jersey" are one place across articles.
 */
const US_STATES: ReadonlyMap<string, string> = new Map(
  (
    'al alabama|ak alaska|az arizona|ar arkansas|ca california|co colorado|ct connecticut|de delaware|fl florida|' +
    'ga georgia|hi hawaii|id idaho|il illinois|in indiana|ia iowa|ks kansas|ky kentucky|la louisiana|me maine|' +
    'md maryland|ma massachusetts|mi michigan|mn minnesota|ms mississippi|mo missouri|mt montana|ne nebraska|' +
    'nv nevada|nh new hampshire|nj new jersey|nm new mexico|ny new york|nc north carolina|nd north dakota|oh ohio|' +
    'ok oklahoma|or oregon|pa pennsylvania|ri rhode island|sc south carolina|sd south dakota|tn tennessee|tx texas|' +
    'ut utah|vt vermont|va virginia|wa washington state|wv west virginia|wi wisconsin|wy wyoming|dc district of columbia|' +
    'ala alabama|ariz arizona|ark arkansas|calif california|colo colorado|conn connecticut|del delaware|fla florida|' +
    'ill illinois|ind indiana|kan kansas|kans kansas|mass massachusetts|mich michigan|minn minnesota|' +
    'miss mississippi|mont montana|neb nebraska|nebr nebraska|nev nevada|okla oklahoma|ore oregon|tenn tennessee|' +
    'tex texas|wash washington state|wva west virginia|wis wisconsin|wyo wyoming'
  )
    .split('|')
    .map((pair) => {
      const space = pair.indexOf(' ');
      return [pair.slice(0, space), pair.slice(space + 1)] as [string, string];
    }),
);

const US_STATE_NAMES: ReadonlySet<string> = new Set([...US_STATES.values(), 'washington']);
/** Whether lower-cased words are a US state's full name ("kentucky", "new hampshire"). */
export const isUsStateName = (words: string): boolean => US_STATE_NAMES.has(words);

/** Countries' other names and abbreviations (not DEMONYMS: "Kremlin" gives a role its country but is no Russia). */
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'],
  ['usa', 'united states'],
  ['united states of america', 'united states'],
  // "America" alone is the United States in English news; "Latin America" and "the Americas" keep their own keys.
  ['america', 'united states'],
  ['uk', 'united kingdom'],
  ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'],
  ['uae', 'united arab emirates'],
  ['ussr', 'soviet union'],
  ['drc', 'democratic republic of the congo'],
]);

/**
 * The key under which two names of a place are one place: a country's names and abbreviations ("US", "U.S.",
 * "United States"; "UK", "Britain") share one, and so do a US state's name and postal code ("NJ", "New Jersey").
 * ("WA" is Washington State: "Washington" alone is most often the capital.)
 */
export function placeKey(name: string): string {
  const key = nameKey(name);
  return COUNTRY_NAMES.get(key) ?? US_STATES.get(key) ?? key;
}

/** English short forms of first names, so that "Joe Biden" is "Joseph R. Biden Jr." and "Bill Nelson" "William". */
const NICKNAMES: ReadonlyMap<string, string> = new Map(
  (
    'joe joseph|bill william|will william|billy william|mike michael|mick michael|bob robert|rob robert|' +
    'bobby robert|jim james|jimmy james|tom thomas|tommy thomas|chris christopher|dick richard|rick richard|' +
    'dan daniel|danny daniel|dave david|steve stephen|tony anthony|andy andrew|alex alexander|sam samuel|' +
    'ben benjamin|nick nicholas|pat patrick|ed edward|ted edward|ron ronald|don donald|chuck charles|' +
    'charlie charles|greg gregory|matt matthew|tim timothy|jeff jeffrey|jon jonathan|larry lawrence|' +
    'liz elizabeth|beth elizabeth|kate katherine|kathy katherine|sue susan|jenny jennifer|josh joshua|' +
    'nate nathan|zach zachary|jake jacob|doug douglas|fred frederick|ken kenneth|kenny kenneth|phil philip|' +
    'ray raymond|russ russell|stan stanley|vince vincent|walt walter|gabe gabriel|theo theodore|' +
    'abby abigail|becky rebecca|debbie deborah|jess jessica|jackie jacqueline|maggie margaret|peggy margaret|' +
    'patty patricia|vicky victoria|mandy amanda|nikki nicole|pam pamela|barb barbara|cindy cynthia|sandy sandra'
  )
    .split('|')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** One first name, or its short and long forms ("joe" and "joseph"); lower case. */
export const sameFirstName = (a: string, b: string): boolean =>
  (NICKNAMES.get(a) ?? a) === (NICKNAMES.get(b) ?? b);

/** First names that are almost always a woman's, lower case: what a name says of its bearer's sex where no title does. */
const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'maria marie mary hillary nancy ilhan kellyanne donna elizabeth angela theresa sarah sara anna ana olga svetlana ' +
    'tatiana natalia irina elena helen ursula kamala michelle melania ivanka susan karen linda patricia jennifer ' +
    'jessica emily emma catherine katherine kate laura lisa julia julie ann anne jane joan alexandria nikki ' +
    'condoleezza madeleine samantha debbie dianne diane barbara amy kirsten tulsi marianne huma hope sheryl ' +
    'christine chrystia jacinda liz priti federica margrethe kaja ingrida sviatlana veronika chelsea loretta ' +
    'megyn carly jill sheila maxine margaret dorothy betty ruth sharon carol shirley deborah cynthia kathleen ' +
    'rebecca virginia pamela martha debra rachel carolyn janet heather joyce victoria christina evelyn judith judy ' +
    'andrea cheryl megan hannah doris gloria teresa janice marilyn rose beverly denise amber danielle brenda diana ' +
    'natalie frances kathryn alice jacqueline brittany grace tiffany lauren stephanie nicole rosa edna kathy peggy ' +
    'wendy valerie tammy tina sandra carla gina monica paula rita lori sylvia vivian wanda yvonne heidi kristen ' +
    'kristin kristi colleen molly claire caroline meghan tara leah erica jasmine olivia sophia isabella ava mia ' +
    'abigail madison chloe ella lily zoe audrey josephine eleanor harriet florence bernadette jeanne marsha nina ' +
    'norma rhonda roberta ruby sally stacy sue suzanne tamara tanya vanessa vera wilma betsy bonnie brooke cindy ' +
    'connie darlene dolores eileen elaine ellen esther gail geraldine gwendolyn irene joanne joy juanita june lillian ' +
    'lois lucy marcia marjorie maureen melissa mildred miriam naomi nora pauline phyllis priscilla regina renee ' +
    'rosemary shelley tricia yolanda ghazala'
  ).split(' '),
);
export const isFemaleFirstName = (first: string): boolean => FEMALE_FIRST_NAMES.has(first.toLowerCase());

/**
 * First names that are almost always a man's, lower case: without them a man named once and never titled could take
 * a later "she" (and so a woman's quote). Names borne by women too (Chris, Pat, Kelly, Jordan, Jean) stay out.
 */
const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'donald barack bernie bernard ted marco jeb john james robert michael william bill david richard joseph joe ' +
    'thomas charles christopher daniel matthew mark paul steven stephen george kenneth andrew edward brian ronald ' +
    'anthony kevin jason jeffrey jeff gary timothy tim larry frank scott eric raymond gregory benjamin ben samuel ' +
    'patrick jack dennis jerry peter harold douglas henry carl arthur ryan roger walter albert lawrence willie ' +
    'jonathan justin bruce louis wayne adam harry ralph roy eugene russell bobby philip johnny howard fred mitch ' +
    'mitt rand rick newt mike chuck lindsey reince corey rudy rex sean tucker vladimir sergei sergey dmitry ' +
    'alexander alexei aleksandr nikolai mikhail xi emmanuel francois angelo giuseppe boris nigel keir rishi ' +
    'narendra recep bashar hassan ali mohammed muhammad ahmed abdullah kim enrique vicente felipe carlos ' +
    'juan jose luis jorge pedro ricardo nicolas hugo evo jair luiz alberto volodymyr petro viktor andrzej mateusz ' +
    'olaf gerhard helmut tony gordon jim tom bob dick ed al ron don hank jimmy ken steve dave herman elijah ' +
    'martin luther malcolm jesse cory beto pete kirk ray mo abe aaron adrian alan allen andre andy antonio barry ' +
    'billy bradley brandon brett calvin chad clarence clifford craig curtis dan danny darrell dean derek dustin earl ' +
    'eddie edwin elliott ernest floyd franklin glenn grant greg harvey herbert ian isaac ivan jacob jared jay jeremy ' +
    'jerome joel jon jonah josh joshua kurt kyle lance leonard leon lloyd luke marcus marvin maurice max melvin ' +
    'micah mitchell nathan neil nick oliver oscar otto phil randy randall reggie rob rodney ross rudolph ' +
    'stanley stuart theodore todd travis troy tyler vernon victor vince vincent wade warren wesley zachary khizr'
  ).split(' '),
);
export const isMaleFirstName = (first: string): boolean => MALE_FIRST_NAMES.has(first.toLowerCase());

/** "Jr.", "Sr.", "III": the generation that ends a name, not a surname. */
export const isGeneration = (w: string): boolean => /^(?:jr|sr|ii|iii|iv)\.?,?$/i.test(w);
