import type { EntityKind } from '../types';

const PLACES =
  'deutschland|germany|österreich|austria|schweiz|switzerland|frankreich|france|italien|italy|spanien|spain|portugal|niederlande|netherlands|holland|belgien|belgium|luxemburg|luxembourg|dänemark|denmark|schweden|sweden|norwegen|norway|finnland|finland|island|iceland|irland|ireland|großbritannien|britain|england|schottland|scotland|wales|polen|poland|tschechien|czechia|slowakei|slovakia|ungarn|hungary|rumänien|romania|bulgarien|bulgaria|griechenland|greece|türkei|turkey|türkiye|zypern|cyprus|malta|kroatien|croatia|serbien|serbia|bosnien|bosnia|slowenien|slovenia|albanien|albania|kosovo|montenegro|nordmazedonien|moldau|moldova|ukraine|russland|russia|belarus|weißrussland|litauen|lithuania|lettland|latvia|estland|estonia|georgien|georgia|armenien|armenia|aserbaidschan|azerbaijan|kasachstan|kazakhstan|usbekistan|uzbekistan|turkmenistan|kirgisistan|kyrgyzstan|tadschikistan|tajikistan|mongolei|mongolia|china|japan|korea|nordkorea|südkorea|taiwan|hongkong|indien|india|pakistan|afghanistan|iran|irak|iraq|syrien|syria|libanon|lebanon|israel|palästina|palestine|gaza|westjordanland|jordanien|jordan|saudi-arabien|katar|qatar|kuwait|jemen|yemen|oman|ägypten|egypt|libyen|libya|tunesien|tunisia|algerien|algeria|marokko|morocco|sudan|äthiopien|ethiopia|kenia|kenya|nigeria|ghana|südafrika|senegal|mali|niger|kongo|congo|uganda|tansania|tanzania|simbabwe|zimbabwe|angola|indonesien|indonesia|malaysia|singapur|singapore|thailand|vietnam|philippinen|philippines|myanmar|bangladesch|bangladesh|sri|australien|australia|neuseeland|kanada|canada|usa|us|u.s|amerika|america|mexiko|mexico|brasilien|brazil|argentinien|argentina|chile|kolumbien|colombia|peru|venezuela|kuba|cuba|haiti|europa|europe|asien|asia|afrika|africa|nahost|arktis|antarktis|berlin|hamburg|münchen|munich|köln|cologne|frankfurt|stuttgart|düsseldorf|leipzig|dresden|hannover|bremen|nürnberg|essen|dortmund|bonn|wien|vienna|zürich|zurich|genf|geneva|bern|paris|london|madrid|rom|rome|mailand|milan|brüssel|brussels|amsterdam|warschau|warsaw|prag|prague|budapest|moskau|moscow|kiew|kyiv|kiev|charkiw|odessa|mariupol|minsk|tiflis|tbilisi|baku|astana|almaty|taschkent|peking|beijing|shanghai|tokio|tokyo|seoul|delhi|neu-delhi|mumbai|teheran|tehran|bagdad|baghdad|damaskus|damascus|beirut|jerusalem|tel|kairo|cairo|istanbul|ankara|athen|athens|lissabon|lisbon|dublin|oslo|stockholm|kopenhagen|copenhagen|helsinki|washington|york|los|chicago|boston|texas|california|kalifornien|florida|ohio|michigan|pennsylvania|arizona|georgia|virginia|toronto|ottawa|sydney|canberra|donezk|donetsk|luhansk|krim|crimea|cherson|kherson|saporischschja|zaporizhzhia|petersburg|bayern|bavaria|sachsen|saxony|thüringen|brandenburg|hessen|nordrhein-westfalen|niedersachsen|baden-württemberg|rheinland-pfalz|schleswig-holstein|mecklenburg-vorpommern|saarland|sachsen-anhalt|tirol|kaschmir|sibirien|siberia|kaukasus|balkan|ostsee|nordsee|mittelmeer|schwarzen|kaspische|kaspischen|atlantik|pazifik|alpen|alps|rhein|donau|elbe|brasília|kapstadt|nairobi|lagos|gazastreifen|sahel|karibik|caribbean';

const ORGANISATIONS =
  'un|uno|eu|nato|who|iwf|imf|ezb|ecb|opec|g7|g20|osze|osce|wto|unicef|unesco|unhcr|bundestag|bundesrat|bundesregierung|kreml|kremlin|pentagon|congress|senate|kongress|senat|fed|bundesbank|bundeswehr|bundesverfassungsgericht|destatis|rki|eurostat|ifo|diw|iw|cdu|csu|spd|fdp|afd|grüne|grünen|linke|bsw|republicans|democrats|republikaner|demokraten|tories|labour|fifa|uefa|ioc|dfb|dfl|bundesliga|gazprom|rosneft|lukoil|siemens|volkswagen|vw|bmw|daimler|mercedes-benz|bosch|basf|bayer|allianz|lufthansa|telekom|sap|apple|google|alphabet|microsoft|amazon|meta|facebook|tesla|openai|nvidia|samsung|toyota|boeing|airbus|exxon|shell|bp|chevron|pfizer|biontech|moderna|astrazeneca|reuters|dpa|afp|ap|bbc|cnn|ard|zdf|cpc|eaeu|eawu|bka|bnd|fbi|cia|nsa|ecowas|asean|mercosur|hamas|hisbollah|hezbollah|taliban|wagner|greenpeace|amnesty|oecd|weltbank|worldbank|ukip|kommission';

const PEOPLE =
  'putin|biden|trump|obama|clinton|harris|scholz|merkel|merz|habeck|lindner|baerbock|pistorius|faeser|lauterbach|söder|wagenknecht|weidel|macron|selenskyj|zelensky|zelenskyy|erdogan|erdoğan|xi|jinping|toqajew|tokayev|lukaschenko|lukashenko|starmer|sunak|johnson|modi|netanjahu|netanyahu|meloni|orbán|orban|tusk|sánchez|lula|milei|kim|lawrow|lavrov|peskow|peskov|nawalny|navalny|steinmeier|leyen|stoltenberg|rutte|guterres|lagarde|powell|musk|zuckerberg|bezos|gates|nagelsmann|flick|kane|messi|ronaldo|alijew|aliyev|paschinjan|pashinyan|nasarbajew|nazarbayev';

const MULTI_WORD: ReadonlyArray<readonly [string, EntityKind]> = [
  ['united states', 'place'], ['united kingdom', 'place'], ['new york', 'place'], ['los angeles', 'place'],
  ['tel aviv', 'place'], ['sri lanka', 'place'], ['saudi arabia', 'place'], ['south africa', 'place'],
  ['north korea', 'place'], ['south korea', 'place'], ['new zealand', 'place'], ['hong kong', 'place'],
  ['san francisco', 'place'], ['st. petersburg', 'place'], ['sankt petersburg', 'place'], ['costa rica', 'place'],
  ['united nations', 'organisation'], ['vereinte nationen', 'organisation'], ['vereinten nationen', 'organisation'],
  ['white house', 'organisation'], ['weißes haus', 'organisation'], ['weißen haus', 'organisation'],
  ['supreme court', 'organisation'], ['federal reserve', 'organisation'], ['european union', 'organisation'],
  ['europäische union', 'organisation'], ['europäischen union', 'organisation'], ['world bank', 'organisation'],
  ['world health organization', 'organisation'], ['european commission', 'organisation'],
  ['europäische kommission', 'organisation'], ['europäischen kommission', 'organisation'],
  ['robert koch-institut', 'organisation'], ['statistisches bundesamt', 'organisation'],
  ['statistischen bundesamt', 'organisation'], ['statistischen bundesamtes', 'organisation'],
];

/** First words of the names above that have several words, so that a run of capitalized words is looked up whole only when it may be one. */
export const multiWordStarts: ReadonlySet<string> = new Set(MULTI_WORD.map(([name]) => name.slice(0, name.indexOf(' '))));

/** Short names that are entities only in capitals ("WHO", "US"), not as words ("Who", "Us"). */
export const capitalsOnly = new Set(['un', 'uno', 'eu', 'who', 'ap', 'bp', 'us', 'u.s', 'iw', 'fed', 'sri', 'tel', 'los', 'ifo', 'diw', 'vw', 'kim', 'xi', 'meta']);

function load(map: Map<string, EntityKind>, names: string, kind: EntityKind): void {
  for (const name of names.split('|')) map.set(name, kind);
}

/** Well-known places, organisations and people, lower case, in German and English spelling. */
export const gazetteer: ReadonlyMap<string, EntityKind> = (() => {
  const map = new Map<string, EntityKind>();
  load(map, PLACES, 'place');
  load(map, ORGANISATIONS, 'organisation');
  load(map, PEOPLE, 'person');
  for (const [name, kind] of MULTI_WORD) map.set(name, kind);
  return map;
})();
