/**
 * Words before a full stop that do not end a sentence. Kept case-sensitive where the lower-case
 * form is an ordinary word ("So." is Sonntag, "so." ends a sentence).
 */
export const abbreviations = {
  /** Never end a sentence: titles, "z. B.", "Nr.", "St."… */
  neverFinal: new Set([
    'Dr', 'Prof', 'Mr', 'Mrs', 'Ms', 'Mme', 'St', 'Sts', 'Nr', 'No', 'Nos', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col',
    'Capt', 'Cpt', 'Sgt', 'Maj', 'Adm', 'Cmdr', 'Rev', 'Hr', 'Hrn', 'Fr', 'Frl', 'Dipl', 'Ing', 'Mag', 'Abg', 'Präs',
    'bzw', 'ca', 'vgl', 'z', 'Z', 'sog', 'ggf', 'evtl', 'bspw', 'inkl', 'exkl', 'zzgl', 'abzgl', 'Abs', 'Art', 'Bd',
    'Str', 'Tel', 'Mio', 'Mrd', 'Tsd', 'Jh', 'Jhd', 'Mt', 'Ft', 'vs', 'approx', 'Vol', 'Fig', 'Jan', 'Feb', 'Febr',
    'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Oct', 'Nov', 'Dez', 'Dec', 'Mo', 'Di', 'Mi', 'Do', 'Sa',
    'u', 'o', 'd', 'h', 'v', 'n', 'i', 'e', 'Chr', 'gem', 'lt', 'max', 'min', 'mind', 'geb', 'gest', 'verh', 'Ziff',
    'Hrsg', 'hrsg', 'Anm', 'Aufl', 'usf', 'Kap', 'Pkt', 'Reg', 'Bez', 'Kfz', 'Pkw', 'Lkw', 'resp', 'Univ', 'Inst',
    'Dept', 'Ave', 'Blvd', 'Rd', 'S', 'Messrs', 'Gebr', 'Ges', 'Nrn',
  ]),
  /** Abbreviations that can end a sentence: they do when a typical sentence opening follows. */
  finalCapable: new Set(['etc', 'usw', 'Inc', 'Co', 'Corp', 'Bros', 'a.m', 'p.m', 'U.S', 'U.K', 'u.a', 'U.N', 'e.V', 'ff', 'Jr', 'Sr', 'Ltd']),
  /** Words that typically open a sentence, lower case. */
  sentenceStarters: new Set([
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and',
    'in', 'on', 'at', 'for', 'however', 'meanwhile', 'there', 'his', 'her', 'their', 'its', 'our', 'after', 'before',
    'when', 'while', 'as', 'if', 'according', 'last', 'some', 'many', 'most', 'since', 'by', 'during',
    'der', 'die', 'das', 'ein', 'eine', 'er', 'es', 'wir', 'ich', 'doch', 'aber', 'und', 'im', 'am', 'auch',
    'dies', 'diese', 'dieser', 'dann', 'nun', 'so', 'zudem', 'außerdem', 'laut', 'nach', 'seit', 'damit', 'deshalb',
    'trotzdem', 'dabei', 'zuletzt', 'bereits', 'allerdings', 'jedoch', 'vor', 'bei', 'mit', 'für', 'zum', 'zur',
  ]),
  /** In German, a number with a full stop after these words is an ordinal ("am 24. November"). */
  ordinalContext: new Set([
    'der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'seit', 'ein',
    'eine', 'einem', 'einer', 'eines', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre',
    'ihrem', 'ihren', 'ihrer', 'ihres', 'jeden', 'jedem', 'jedes', 'jeder', 'ins', 'dessen', 'deren', 'unser',
    'unsere', 'unserem', 'unseren', 'dieser', 'diesem', 'diesen', 'dieses', 'welcher', 'letzten', 'kommenden',
    'vergangenen',
  ]),
};
