import type { QuantityKind } from '../types';

const words = (s: string): string[] => s.split('|');

export interface UnitInfo {
  unit: string;
  kind: QuantityKind;
}

function unitMap(groups: ReadonlyArray<readonly [string, string, QuantityKind]>): Map<string, UnitInfo> {
  const map = new Map<string, UnitInfo>();
  for (const [names, unit, kind] of groups) for (const name of words(names)) map.set(name, { unit, kind });
  return map;
}

/** Words, symbols and abbreviations around numbers, lower case, shared by all languages. */
export const quantityWords = {
  /** Powers of ten. German "Billion" is 10^12, English "billion" 10^9: see `scaleExponent`. */
  scales: new Map<string, number>([
    ['tausend', 3], ['tsd', 3], ['thousand', 3], ['k', 3],
    ['million', 6], ['millionen', 6], ['mio', 6], ['mill', 6], ['mn', 6], ['m', 6], ['mln', 6],
    ['milliarde', 9], ['milliarden', 9], ['mrd', 9], ['mrd.', 9], ['bn', 9], ['b', 9], ['bln', 9],
    ['billionen', 12], ['trillion', 12], ['trillions', 12], ['tn', 12],
    ['hundert', 2], ['hundred', 2],
  ]),
  /** Scales that only count when glued to the number or a currency ("$5m", "5k"). */
  gluedOnlyScales: new Set(['k', 'm', 'b', 'bn', 'mn', 'tn']),
  units: unitMap([
    ['%|prozent|percent|pct|vh|procent|por ciento|pour cent', 'percent', 'percent'],
    ['prozentpunkte|prozentpunkten|prozentpunkt|percentage-point|percentage-points', 'percentage-point', 'percent'],
    ['basispunkte|basispunkten|bps', 'basis-point', 'percent'],
    ['€|euro|euros|eur', 'EUR', 'money'],
    ['$|dollar|dollars|usd|us-dollar|us-dollars|us$', 'USD', 'money'],
    ['£|pfund|pound|pounds|gbp|sterling', 'GBP', 'money'],
    ['¥|yen|jpy', 'JPY', 'money'],
    ['yuan|renminbi|cny|rmb', 'CNY', 'money'],
    ['₽|rubel|ruble|rubles|rouble|roubles|rub', 'RUB', 'money'],
    ['franken|chf', 'CHF', 'money'],
    ['₹|rupien|rupee|rupees|inr', 'INR', 'money'],
    ['₸|tenge|kzt', 'KZT', 'money'],
    ['₴|hrywnja|hryvnia|hryvnias|uah', 'UAH', 'money'],
    ['₺|lira|try', 'TRY', 'money'],
    ['zloty|złoty|pln', 'PLN', 'money'],
    ['km|kilometer|kilometern|kilometre|kilometres|kilometers', 'km', 'measure'],
    ['meilen|mile|miles', 'mile', 'measure'],
    ['meter|metern|metre|metres|meters', 'm', 'measure'],
    ['cm|zentimeter|centimetre|centimetres|centimeters', 'cm', 'measure'],
    ['mm|millimeter|millimetre|millimetres|millimeters', 'mm', 'measure'],
    ['kg|kilogramm|kilogram|kilograms|kilo|kilos', 'kg', 'measure'],
    ['gramm|gram|grams', 'g', 'measure'],
    ['tonne|tonnen|tonnes|tons|ton', 't', 'measure'],
    ['liter|litern|litre|litres|liters', 'l', 'measure'],
    ['barrel|barrels|fass', 'barrel', 'measure'],
    ['hektar|hectare|hectares|ha', 'ha', 'measure'],
    ['acre|acres', 'acre', 'measure'],
    ['km²|quadratkilometer|quadratkilometern', 'km2', 'measure'],
    ['kubikmeter|kubikmetern', 'm3', 'measure'],
    ['mw|megawatt', 'MW', 'measure'],
    ['gw|gigawatt', 'GW', 'measure'],
    ['kw|kilowatt', 'kW', 'measure'],
    ['kwh|kilowattstunden|kilowattstunde', 'kWh', 'measure'],
    ['mwh|megawattstunden', 'MWh', 'measure'],
    ['gwh|gigawattstunden', 'GWh', 'measure'],
    ['twh|terawattstunden', 'TWh', 'measure'],
    ['°c|grad|degrees|celsius', '°C', 'measure'],
    ['km/h|stundenkilometer', 'km/h', 'measure'],
    ['mph', 'mph', 'measure'],
    ['jahr|jahre|jahren|jahres|year|years|yr|yrs|lebensjahr', 'year', 'duration'],
    ['monat|monate|monaten|monats|month|months', 'month', 'duration'],
    ['woche|wochen|week|weeks', 'week', 'duration'],
    ['tag|tage|tagen|tages|day|days', 'day', 'duration'],
    ['stunde|stunden|hour|hours|std|hrs', 'hour', 'duration'],
    ['minute|minuten|minutes|min|mins', 'minute', 'duration'],
    ['sekunde|sekunden|second|seconds|sek|sec|secs', 'second', 'duration'],
    ['jahrzehnt|jahrzehnte|jahrzehnten|decade|decades', 'decade', 'duration'],
    ['jahrhundert|jahrhunderte|century|centuries', 'century', 'duration'],
  ]),
  /** Currency codes that stand before the number ("US$ 5", "EUR 3"). */
  currencyPrefixes: new Set(['€', '$', '£', '¥', '₽', '₹', '₸', '₴', '₺', 'eur', 'usd', 'gbp', 'chf', 'us$', 'rub', 'kzt']),
  /** German compound endings for durations and ages ("zehnjährige", "30-tägigen"). */
  durationAdjectives: new Map<string, string>([
    ['jährig', 'year'], ['tägig', 'day'], ['wöchig', 'week'], ['monatig', 'month'], ['stündig', 'hour'], ['minütig', 'minute'],
  ]),
  approx: words(
    'rund|etwa|ca|circa|zirka|knapp|fast|beinahe|nahezu|ungefähr|annähernd|schätzungsweise|geschätzt|geschätzte|geschätzten|gut|an die|um die|about|around|nearly|almost|roughly|approximately|approx|some|estimated|an estimated|close to|just under|just over|just shy of|more or less|in the region of|upward of|or so|oder so',
  ),
  atLeast: words('mehr als|über|mindestens|wenigstens|more than|over|at least|above|exceeding|upwards of|in excess of|no fewer than|no less than'),
  atMost: words('weniger als|unter|bis zu|höchstens|maximal|less than|fewer than|under|up to|at most|no more than|below|nicht mehr als'),
  /** Words before a number that make it a label, not a quantity ("Nr. 5", "Artikel 3", "COVID-19"). */
  labels: new Set(
    words(
      'nr|no|nummer|number|artikel|article|art|paragraf|paragraph|§|seite|seiten|page|pages|kapitel|chapter|section|abschnitt|version|flug|flight|route|linie|line|bus|tel|gleis|zimmer|room|raum|band|vol|folge|episode|staffel|season|level|stufe|klasse|grade|covid|windows|iphone|modell|model|typ|type|gruppe|group|kw|jahrgang|spieltag|runde|round|minute|minuten|min|tranche|paket|punkt|ziffer|absatz|abs|lage|phase|schritt|step|stage|etappe|akt|act|teil|part|fig|figure|tabelle|table|anlage',
    ),
  ),
  /** Nouns of fractions by their denominator ("zwei Drittel", "a third", "three quarters"). */
  fractions: new Map<string, number>([
    ['drittel', 3], ['viertel', 4], ['fünftel', 5], ['sechstel', 6], ['siebtel', 7], ['achtel', 8], ['neuntel', 9], ['zehntel', 10],
    ['zwanzigstel', 20], ['hundertstel', 100], ['tausendstel', 1000],
    ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
    ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
  ]),
  /** Plural scale nouns that give an amount without a number ("Hunderte", "thousands of"), by their scale. */
  vagueAmounts: new Map<string, number>([
    ['dutzende', 12], ['hunderte', 100], ['aberhunderte', 100], ['tausende', 1000], ['abertausende', 1000], ['zehntausende', 10000],
    ['hunderttausende', 100000], ['millionen', 1e6], ['milliarden', 1e9],
    ['dozens', 12], ['scores', 20], ['tens', 10], ['hundreds', 100], ['thousands', 1000], ['millions', 1e6], ['billions', 1e9],
  ]),
  /** Words before a scale that leave its multiple open ("mehrere Hundert", "several thousand"). */
  vagueMultiples: new Set(words('mehrere|einige|etliche|wenige|viele|several|few|many|some')),
  /** Ordinals ("dritte", "third") that count how often something happened, by the word after them. */
  repetitions: new Set(words('mal|time')),
  /** Nouns after an ordinal that make it a rank ("fourth place", "dritten Platz"). */
  rankNouns: new Set(words('place|platz|rang|stelle|position')),
  /** Words that make an ordinal period a run of periods ("third straight year", "dritte Jahr in Folge"). */
  consecutive: new Set(words('straight|consecutive|successive|running|aufeinanderfolgende|aufeinanderfolgenden')),
  /** Words before a year that confirm it is a year ("im Jahr 2022", "since 2019"). */
  yearContext: new Set(
    words(
      'im|in|seit|bis|since|until|by|of|from|jahr|year|ende|anfang|mitte|end|early|mid|late|sommer|winter|frühjahr|herbst|frühling|summer|spring|autumn|fall|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|vor|nach|before|after|between|zwischen|during|während|für|for|um|im jahr|jahres|saison|season|wahl|election|wm|em|olympia|cup|fiscal|haushaltsjahr',
    ),
  ),
};
