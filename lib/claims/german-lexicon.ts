import type { Lexicon } from './lexicon-types';

const words = (s: string): string[] => s.split('|');

export const germanLexicon: Lexicon = {
  cues: {
    opinion: words(
      'ich finde|ich glaube|ich denke|ich meine|ich bin überzeugt|ich bin der meinung|wir glauben|wir finden|meiner meinung nach|meines erachtens|aus meiner sicht|meiner ansicht nach|nach meiner auffassung|ich halte|ich hoffe|wir hoffen|für mich|ich fürchte|ich bin sicher|ich bin mir sicher|es ist an der zeit|meinung|überzeugt|ist sicher|sind sicher|unserer meinung nach',
    ),
    belief: words('sicher|meint|meinte|glaubt|glaubte|hofft|hoffte|befürchtet|fürchtet|vermutet|vermutete|zeigte sich|zeigt sich|hält es für|sieht'),
    evaluative: words(
      'großartig|hervorragend|schrecklich|furchtbar|fürchterlich|wunderbar|wunderschön|toll|super|katastrophal|katastrophe|desaströs|skandal|skandalös|lächerlich|empörend|unerträglich|unverschämt|schön|schlecht|schlimm|dumm|verrückt|peinlich|beschämend|erbärmlich|genial|fantastisch|unglaublich|unfassbar|entsetzlich|grauenhaft|miserabel|absurd|irre|wahnsinn|wahnsinnig|aggressiv|heftig|heftiger|dreist|zynisch|verantwortungslos|unverantwortlich|fatal|bedenklich|besorgniserregend|erschreckend|bitter|leider|zum glück|glücklicherweise|bedauerlicherweise|hoffentlich|dorn im auge|aufs korn|auf\'s korn|rote linien|temporeiche|ungeheuerlich|beeindruckend|enttäuschend|respektlos|mutig|feige|naiv|arrogant|rücksichtslos|schande|frechheit|unsinn|quatsch|gut so|zu recht|zu unrecht|brillant|grandios|souverän|dramatisch',
    ),
    feeling: words(
      'stolz|enttäuscht|glücklich|froh|zufrieden|begeistert|besorgt|traurig|wütend|dankbar|erleichtert|frustriert|verärgert|erschüttert|schockiert|fassungslos|freue|freuen|freut|ärgert|ärgere|liebe|hasse|bedauere|fühle|fühlen|fühlt|gefühl|angst|sorge|sorgen|hoffnung|enttäuschung|tut mir leid|leid tut',
    ),
    hedge: words(
      'offenbar|offensichtlich|anscheinend|scheinbar|scheint|scheinen|schien|vielleicht|möglicherweise|wahrscheinlich|vermutlich|eventuell|womöglich|wohl|angeblich|vermeintlich|könnte|könnten|dürfte|dürften|würde|würden|wäre|wären|mag sein|unter umständen|denkbar|spekuliert|gerüchte|gerüchten|es heißt|ähnlich ergehen|ungewiss|unklar|unsicher|fraglich',
    ),
    framing: words(
      'wie man sieht|man sieht|wie man sehen kann|offenbar scheint|es scheint|es bleibt abzuwarten|bleibt abzuwarten|man darf gespannt sein|man kann sagen|man muss sagen|muss man sagen|kann man sagen|fest steht|klar ist|keine frage|zweifellos|ohne zweifel|natürlich|selbstverständlich|bekanntlich|wie bereits erwähnt|wie gesagt|es ist klar|sicher ist|fazit|kurzum|alles in allem|zusammenfassend|man fragt sich|bleibt die frage|die frage ist|wie wir sehen|im folgenden|in diesem artikel|hier erfahren sie|fürchtet man|man fürchtet|scheint man|so scheint',
    ),
    greeting: words(
      'danke|vielen dank|herzlichen dank|besten dank|dankeschön|guten abend|guten tag|guten morgen|meine damen und herren|liebe zuschauer|liebe zuschauerinnen|liebe kolleginnen|sehr geehrte|sehr geehrter|herzlich willkommen|willkommen|herzlichen glückwunsch|glückwunsch|tschüss|auf wiedersehen|hallo|bitte schön|entschuldigung|entschuldigen sie',
    ),
    filler: words('^ja|^nein|^also|^na ja|^naja|^gut|^okay|^ok|^schauen sie|^hören sie|^lassen sie mich|^wissen sie|^nun ja|^ach|^genau|^richtig|^stimmt'),
    promise: words(
      'ich werde|wir werden|werde ich|werden wir|ich will|wir wollen|will ich|wollen wir|ich möchte|wir möchten|ich verspreche|wir versprechen|lasst uns|lassen sie uns|ich setze mich|wir setzen uns|ich kämpfe|wir kämpfen|ich sorge dafür|wir sorgen dafür|wir müssen|müssen wir',
    ),
    normative: words('sollte|sollten|solle|müsste|müssten|muss|müssen|es braucht|brauchen wir|wir brauchen|es gilt|darf nicht|dürfen nicht|notwendig|nötig|unbedingt|endlich'),
    schedule: words(
      'findet statt|finden statt|stattfinden|stattfindet|beginnt um|beginnen um|tickets|eintrittskarten|anmeldung|anmelden|einlass|livestream|live übertragen|überträgt|zu sehen|lesen sie|mehr dazu|newsletter|abonnieren|termin|treffpunkt|geöffnet|öffnungszeiten|tagesordnung|anmeldeschluss|anpfiff|anstoß|sendung|erfahren sie|klicken sie|hier geht es|melden sie sich',
    ),
    event: words(
      'beschloss|beschlossen|beschlossene|verabschiedete|verabschiedet|unterzeichnete|unterzeichnet|gewann|gewonnen|verlor|verloren|starb|gestorben|getötet|tötete|verletzt|verletzte|festgenommen|verhaftet|angeordnet|ordnete|eröffnete|eröffnet|gründete|gegründet|kaufte|gekauft|verkaufte|verkauft|übernahm|übernommen|investierte|investiert|entließ|entlassen|ernannte|ernannt|gewählt|wählte|wählten|trat|zurückgetreten|stimmte|stimmten|gestimmt|abgestimmt|lehnte|abgelehnt|genehmigte|genehmigt|erhöhte|erhöht|senkte|gesenkt|kürzte|gekürzt|zahlte|gezahlt|erhielt|erhalten|lieferte|geliefert|baute|gebaut|startete|gestartet|landete|gelandet|stürzte|explodierte|brannte|traf|getroffen|besuchte|besucht|reiste|unterschrieb|unterschrieben|einigten|geeinigt|vereinbart|vereinbarte|veröffentlichte|veröffentlicht|entdeckte|entdeckt|entwickelte|entwickelt|zugelassen|impfte|geimpft|infiziert|erkrankt|erkrankten|verurteilt|verurteilte|freigesprochen|angeklagt|ermittelt|ermittelte|durchsucht|beschlagnahmt|sanktioniert|verhängte|verhängt|gekappt|kappte|gestoppt|stoppte|eingestellt|blockierte|blockiert|angegriffen|griff|beschossen|erobert|eroberte|besetzt|zerstört|zerstörte|evakuiert|eingeführt|führte ein|abgeschafft|weigerte|anerkannt|erreichte|erreicht|überschritt|überschritten|verzeichnete|verzeichnet|meldete|gemeldet|registriert|registrierte|gezählt|stattgefunden|siegte|besiegte|besiegt|erzielte|erzielt|schoss|geschossen|holte|geholt|unterlag|qualifizierte|qualifiziert|ausgeschieden|verpflichtete|verpflichtet|wechselte|gewechselt|kam es|ums leben|flohen|geflohen|vertrieben|abgeschoben|beantragt|beantragten|bewilligt|ausgezahlt|angekündigt|kündigte|schloss|geschlossen|gesperrt|sperrte|entschied|entschieden|bestätigte|erklärte|rief|ausgerufen|angenommen|teilgenommen|demonstrierten|protestierten|streikten|gestreikt|fusionierten|exportierte|importierte|produzierte|produziert|förderte|gefördert|verdiente|verdient|ausgegeben|ist gestiegen|lag|lagen|betrug|betrugen|belief|beliefen|umfasste|zählte|verließ|verlassen|zog|gezogen|schickte|geschickt|entsandt|stationiert|verlegt|vorgestellt|präsentierte|präsentiert',
    ),
    reporting: words(
      'sagte|sagt|sagten|gesagt|erklärte|erklärt|erklärten|betonte|betont|betonten|schildert|schilderte|berichtete|berichtet|berichteten|teilte mit|mitgeteilt|sprach|warnte|warnt|warnten|kritisierte|kritisiert|bestätigte|bestätigt|räumte ein|kündigte an|verkündete|fügte hinzu|ergänzte|behauptete|behauptet|versicherte|unterstrich|argumentierte|erinnerte|schrieb|schreibt|twitterte|antwortete|bekräftigte|forderte|fordert|mahnte|zitiert|zufolge|laut|meldete|meldet|deutlich macht|macht deutlich|machte deutlich|gab an|nach angaben|angaben zufolge|heißt es|hieß es|teilt mit|sagt dazu',
    ),
    comparison: words(
      'im vergleich|verglichen mit|gegenüber dem vorjahr|gegenüber vorjahr|vorjahr|vorjahres|vorjahreszeitraum|vorjahresmonat|doppelt so|dreimal so|halb so|so viel wie|so viele wie|rekord|erstmals|noch nie|zum ersten mal|verdoppelt|verdoppelte|verdreifacht|halbiert|über dem durchschnitt|über dem mittel|über dem langjährigen|unter dem durchschnitt|unter dem mittel|übertroffen|übertraf|überholt|überholte|ebenso viele|am meisten|mehr als je|weniger als je',
    ),
    superlative: words(
      'größte|größten|größter|größtes|höchste|höchsten|höchster|höchstes|niedrigste|niedrigsten|niedrigster|meisten|wenigsten|stärkste|stärksten|schwächste|schwächsten|beste|besten|bester|schlechteste|schlechtesten|älteste|ältesten|jüngste|teuerste|teuersten|billigste|schnellste|schnellsten|tiefste|tiefsten|kleinste|kleinsten|erfolgreichste|erfolgreichsten|höchststand|tiefststand|wichtigste|wichtigsten|heißeste|heißesten|wärmste|wärmsten|kälteste|kältesten|zweitgrößte|zweitgrößten|drittgrößte|meiste',
    ),
    trend: words(
      'stieg|steigt|stiegen|gestiegen|steigen|sank|sinkt|sanken|gesunken|sinken|fiel|fällt|fielen|wuchs|wächst|gewachsen|legte zu|zugelegt|ging zurück|gingen zurück|zurückgegangen|erhöhte sich|verringerte sich|verringert|reduziert|anstieg|rückgang|zuwachs|zunahme|abnahme|nahm zu|nahm ab|zugenommen|abgenommen|kletterte|geklettert|brach ein|eingebrochen|einbruch|sprang|doppelt so|dreimal so|halb so|verschlechtert|verbessert|verschlechtern|verschlechterung',
    ),
    causal: words(
      'weil|wegen|aufgrund|infolge|führte zu|führt zu|führten zu|verursacht|verursachte|verursachen|zurückzuführen|folge von|ursache|ursachen|sorgte für|sorgt für|löste aus|ausgelöst|auslöser|sodass|so dass|infolgedessen|bewirkt|bewirkte|beigetragen|trägt bei|liegt an|lag an|grund dafür|grund für|gründe für|als grund|schuld an|verantwortlich für|senkt das risiko|erhöht das risiko|zusammenhang',
    ),
    law: words(
      'gesetz|gesetze|gesetzes|gesetzentwurf|verordnung|richtlinie|verbot|verboten|verbietet|verbieten|erlaubt|zulässig|unzulässig|pflicht|vorgeschrieben|urteil|urteilte|gericht|gerichts|verfassung|grundgesetz|paragraf|paragraph|§|rechtswidrig|illegal|legal|verfassungswidrig|erlass|dekret|bußgeld|geldstrafe|haftstrafe|freiheitsstrafe|strafe|verurteilt|angeklagt|anklage|klage|abkommen|sanktionen|vorschrift|vorschriften|tritt in kraft|in kraft|gilt ab|richter|richterin|bundesverfassungsgericht|gesetzlich|rechtlich',
    ),
    future: words(
      'soll bis|sollen bis|plant|planen|geplant|geplante|erwartet|erwarten|prognose|prognostiziert|voraussichtlich|künftig|in zukunft|demnächst|bald|nächstes jahr|nächsten jahr|im kommenden jahr|kommende woche|kommenden jahr|bis ende|droht|drohen|ab dem|ab kommendem|wird|werden|werde|soll|sollen|will bis|wollen bis',
    ),
    statistic: words(
      'arbeitslosigkeit|arbeitslosenquote|arbeitslose|inflation|inflationsrate|bip|bruttoinlandsprodukt|wirtschaftswachstum|wachstum|defizit|schulden|staatsschulden|steuer|steuern|löhne|lohn|einkommen|gehalt|armut|kriminalität|straftaten|todesfälle|tote|toten|opfer|verletzte|fälle|infektionen|neuinfektionen|inzidenz|emissionen|haushalt|ausgaben|einnahmen|bevölkerung|einwohner|flüchtlinge|geflüchtete|migranten|stimmen|wahlbeteiligung|umfrage|preise|preis|kosten|umsatz|gewinn|verlust|exporte|importe|export|import|mieten|miete|renten|rente|zinsen|leitzins|produktion|fördermenge|absatz|patienten|geimpfte|impfquote|sterblichkeit|lebenserwartung|geburten|tore|tor|punkte|siege|niederlagen|tabelle|tabellenführer|meister|titel|medaille|medaillen|prozent|mehrheit|anteil|durchschnitt|studie|untersuchung|erhebung|daten|statistik|durchschnitt|mittel|mitglieder|beschäftigte|mitarbeiter|arbeitsplätze|stellen|co2|treibhausgase',
    ),
    topic: words(
      'impfung|impfungen|impfstoff|impfstoffe|geimpft|ungeimpft|virus|viren|corona|covid|pandemie|masken|maske|krebs|krankheit|krankheiten|autismus|antibiotika|medikament|medikamente|wahl|wahlen|stimmzettel|wahlbetrug|gefälscht|manipuliert|migranten|flüchtlinge|asylbewerber|grenze|grenzen|abschiebungen|kriminalität|polizei|messerangriff|terror|anschlag|klimawandel|erderwärmung|klimakrise|atomkraft|kernkraft|strahlung|krieg|soldaten|waffen|armee|raketen|sanktionen|lügenpresse|verschwörung|5g|chemtrails|gentechnik|glyphosat|heizung|wärmepumpe|bürgergeld|rente|grundsteuer',
    ),
    time: words('montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|vorgestern|vergangene woche|vergangenen woche|letzte woche|letzten woche|im vergangenen jahr|vergangenes jahr|letztes jahr|im letzten jahr|am wochenende|zuletzt|bislang|bisher'),
    conditional: words('^ob|^wenn|^falls|^sollte|^angenommen|^stellen sie sich vor|^stell dir vor'),
  },
  compoundEndings: {
    law: words('gesetz|gesetzes|gesetzentwurf|verordnung|richtlinie|verbot|verbote|pflicht|urteil|urteils|gericht|gerichts|gerichtshof|strafe|abkommen|vorschrift|vorschriften|sanktionen'),
    statistic: words(
      'medaille|meisterschaft|pokal|quote|rate|zahl|zahlen|anteil|steuer|preis|preise|kosten|schulden|umsatz|gewinn|einnahmen|ausgaben|emissionen|wachstum|budget|haushalt|exporte|importe|produktion|fälle|opfer|inflation|lohn|löhne|renten|miete|mieten|index|bilanz|defizit|überschuss|volumen|menge|mengen',
    ),
    comparison: words('rekord|rekordhoch|rekordtief|höchststand|tiefststand'),
    trend: words('anstieg|rückgang|zuwachs|einbruch'),
  },
  personTitles: words(
    'herr|herrn|frau|dr|prof|präsident|präsidentin|kanzler|kanzlerin|minister|ministerin|ministerpräsident|ministerpräsidentin|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|vorsitzenden|politologe|politologin|experte|expertin|ökonom|ökonomin|forscher|forscherin|wissenschaftler|wissenschaftlerin|virologe|virologin|epidemiologe|epidemiologin|trainer|trainerin|spieler|spielerin|abgeordnete|abgeordneter|bürgermeister|bürgermeisterin|senator|senatorin|gouverneur|richter|richterin|anwalt|anwältin|staatsanwalt|staatsanwältin|direktor|direktorin|professor|professorin|botschafter|botschafterin|kandidat|kandidatin|autor|autorin|analyst|analystin|generalsekretär|generalsekretärin|gründer|gründerin|stürmer|stürmerin|torwart|torhüterin|kapitän|kapitänin|papst|könig|königin|prinz|prinzessin|ceo|chefvolkswirt|chefvolkswirtin|ärztin|arzt|diplomat|diplomatin|journalist|journalistin|regisseur|sänger|sängerin|schauspieler|schauspielerin|athlet|athletin|läufer|läuferin|fahrer|fahrerin|coach',
  ),
  personTitleEndings: words(
    'präsident|präsidentin|kanzler|kanzlerin|minister|ministerin|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|experte|expertin|forscher|forscherin|trainer|trainerin|spieler|spielerin|politiker|politikerin|ökonom|ökonomin|loge|login|wissenschaftler|wissenschaftlerin|direktor|direktorin|sekretär|sekretärin|abgeordnete|abgeordneter|meister|meisterin|führer|führerin|kandidat|kandidatin|beauftragte|beauftragter|stürmer|torwart|kapitän',
  ),
  organisationWords: words(
    'partei|ministerium|bank|institut|verband|amt|gericht|behörde|agentur|kommission|universität|hochschule|stiftung|gesellschaft|konzern|gmbh|ag|se|kg|e.v|bund|union|bundestag|bundesrat|landtag|regierung|bundesregierung|polizei|bundespolizei|armee|bundeswehr|rat|parlament|senat|gewerkschaft|verein|klinik|klinikum|zentrum|zentralbank|börse|rundfunk|zeitung|fc|sv|tsv|vfb|vfl|bayer|werke|holding|group|gruppe|team',
  ),
  organisationEndings: words(
    'ministerium|partei|bank|institut|verband|amt|gericht|behörde|agentur|kommission|universität|hochschule|stiftung|gesellschaft|konzern|gewerkschaft|regierung|polizei|parlament|bundestag|landtag|klinikum|zentrale|werke',
  ),
  pronouns: words('er|sie'),
  notNames: words(
    'der|die|das|den|dem|des|ein|eine|einer|einem|einen|er|sie|es|wir|ich|ihr|man|doch|aber|und|oder|im|am|in|auf|auch|dies|diese|dieser|dann|nun|so|zudem|außerdem|laut|nach|seit|damit|deshalb|trotzdem|dabei|zuletzt|bereits|allerdings|jedoch|vor|bei|mit|für|zum|zur|wie|was|wer|wo|warum|wann|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|herr|frau|denn|daraufhin|dort|hier|heute|gestern|morgen|beim|als|wenn|weil|dass|ob|mehr|rund|etwa|knapp|fast|über|unter',
  ),
};
