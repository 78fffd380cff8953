import type { Lexicon } from './lexicon-types';

const words = (s: string): string[] => s.split('|');

/** Past forms of weak verbs with their plural: "blockierte" also as "blockierten". */
const withPlurals = (list: string[]): string[] => list.flatMap((w) => (w.endsWith('te') && !w.includes(' ') ? [w, `${w}n`] : [w]));

/** Adjectives with their declined forms: "unglaublich" also as "unglaublichen", "schöne". */
const declined = (s: string): string[] => words(s).flatMap((w) => [w, `${w}e`, `${w}en`, `${w}er`, `${w}es`, `${w}em`]);

export const germanLexicon: Lexicon = {
  cues: {
    opinion: words(
      'ich finde|ich glaube|ich denke|ich meine|ich bin überzeugt|ich bin der meinung|wir glauben|wir finden|meiner meinung nach|meines erachtens|aus meiner sicht|meiner ansicht nach|nach meiner auffassung|ich halte|ich hoffe|wir hoffen|für mich|ich fürchte|ich bin sicher|ich bin mir sicher|es ist an der zeit|meinung|überzeugt|ist sicher|sind sicher|unserer meinung nach',
    ),
    belief: words(
      'sicher|meint|meinte|glaubt|glaubte|hofft|hoffte|befürchtet|fürchtet|vermutet|vermutete|zeigte sich|zeigt sich|hält es für|sieht|rechnen mit|rechnet mit|rechnete mit|rechneten mit|gehen davon aus|geht davon aus|ging davon aus|gingen davon aus|gilt als|gelten als|galt als|galten als',
    ),
    evaluative: [
      ...declined(
        'großartig|hervorragend|schrecklich|furchtbar|fürchterlich|wunderbar|wunderschön|toll|katastrophal|desaströs|skandalös|lächerlich|empörend|unerträglich|unverschämt|schön|schlecht|schlimm|dumm|verrückt|peinlich|beschämend|erbärmlich|genial|fantastisch|unglaublich|unfassbar|entsetzlich|grauenhaft|absurd|wahnsinnig|aggressiv|dreist|zynisch|verantwortungslos|unverantwortlich|fatal|bedenklich|besorgniserregend|erschreckend|bitter|ungeheuerlich|beeindruckend|enttäuschend|respektlos|mutig|feige|naiv|arrogant|rücksichtslos|brillant|grandios|souverän|dramatisch|hoffnungslos|prekär|düster|schwierig|angespannt|gefährlich|unfair|ungerecht|sinnvoll|sinnlos|vernünftig|unvernünftig|faszinierend|spannend|langweilig|hässlich|erfreulich|bedauerlich|unsäglich|widerlich|ekelhaft|herrlich|traumhaft|mies|überragend|gelungen|misslungen|fragwürdig|zweifelhaft|unverständlich|unbegreiflich|inakzeptabel|unhaltbar|untragbar|verheerend|alarmierend|beunruhigend|ermutigend|heuchlerisch|schamlos|unsinnig|überflüssig|übertrieben|maßlos',
      ),
      ...words(
        'super|katastrophe|skandal|miserabel|irre|wahnsinn|heftig|heftiger|leider|zum glück|glücklicherweise|bedauerlicherweise|hoffentlich|dorn im auge|aufs korn|auf\'s korn|rote linien|temporeiche|schande|frechheit|unsinn|quatsch|gut so|zu recht|zu unrecht|schlicht|wirklich|total|echt|absolut|äußerst|extrem|ungemein|ziemlich|überaus|zutiefst|höchst|ehrlich gesagt|offen gesagt|ehrlicherweise|offen gestanden|zu spät|zu früh|viel zu|allzu',
      ),
    ],
    feeling: [
      ...declined('stolz|enttäuscht|glücklich|froh|zufrieden|begeistert|besorgt|traurig|wütend|dankbar|erleichtert|frustriert|verärgert|erschüttert|schockiert|fassungslos|verzweifelt|genervt|empört|entsetzt|gerührt|verunsichert'),
      ...words(
        'freue|freuen|freut|ärgert|ärgere|liebe|hasse|bedauere|fühle|fühlen|fühlt|gefühl|angst|sorge|sorgen|hoffnung|enttäuschung|tut mir leid|leid tut|keine lust|die nase voll|satt|lol|omg',
      ),
    ],
    hedge: words(
      'offenbar|offensichtlich|anscheinend|scheinbar|scheint|scheinen|schien|vielleicht|möglicherweise|wahrscheinlich|vermutlich|eventuell|womöglich|wohl|angeblich|vermeintlich|könnte|könnten|dürfte|dürften|würde|würden|wäre|wären|mag sein|unter umständen|denkbar|spekuliert|gerüchte|gerüchten|es heißt|ähnlich ergehen|ungewiss|unklar|unsicher|fraglich|fragen sich|fragt sich|fragte sich|fragten sich',
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
    normative: words('sollte|sollten|müsste|müssten|es braucht|brauchen wir|wir brauchen|es gilt|notwendig|nötig|unbedingt|endlich'),
    obligation: words('muss|müssen|musst|müsst|darf nicht|dürfen nicht|darf kein|darf keine|dürfen kein|dürfen keine'),
    schedule: words(
      'findet statt|finden statt|stattfinden|stattfindet|beginnt um|beginnen um|tickets gibt es|tickets sind|tickets für|karten gibt es|eintrittskarten|vorverkauf|im vorverkauf|anmeldung|anmeldungen|anmelden|gleis|bahnsteig|abfahrt|fährt ab|fahren ab|umleitung|ersatzverkehr|einlass|livestream|live übertragen|überträgt|zu sehen|lesen sie|mehr dazu|newsletter|abonnieren|termin|treffpunkt|geöffnet|öffnungszeiten|tagesordnung|anmeldeschluss|anpfiff|anstoß|sendung|erfahren sie|klicken sie|hier geht es|melden sie sich|nicht erreichbar|für eine stellungnahme|keine stellungnahme|sind eingeladen|sind herzlich eingeladen|ist herzlich eingeladen',
    ),
    event: withPlurals(words(
      'beschloss|beschlossen|beschlossene|verabschiedete|verabschiedet|unterzeichnete|unterzeichnet|gewann|gewonnen|verlor|verloren|starb|gestorben|getötet|tötete|verletzt|verletzte|festgenommen|verhaftet|angeordnet|ordnete|eröffnete|eröffnet|gründete|gegründet|kaufte|gekauft|verkaufte|verkauft|übernahm|übernommen|investierte|investiert|entließ|entlassen|ernannte|ernannt|gewählt|wählte|wählten|trat|zurückgetreten|stimmte|stimmten|gestimmt|abgestimmt|lehnte|abgelehnt|genehmigte|genehmigt|erhöhte|erhöht|senkte|gesenkt|kürzte|gekürzt|zahlte|gezahlt|erhielt|erhalten|lieferte|geliefert|baute|gebaut|startete|gestartet|landete|gelandet|stürzte|explodierte|brannte|traf|getroffen|besuchte|besucht|reiste|unterschrieb|unterschrieben|einigten|geeinigt|vereinbart|vereinbarte|veröffentlichte|veröffentlicht|entdeckte|entdeckt|entwickelte|entwickelt|zugelassen|impfte|geimpft|infiziert|erkrankt|erkrankten|verurteilt|verurteilte|freigesprochen|angeklagt|ermittelt|ermittelte|durchsucht|beschlagnahmt|sanktioniert|verhängte|verhängt|gekappt|kappte|gestoppt|stoppte|eingestellt|blockierte|blockiert|angegriffen|griff|beschossen|erobert|eroberte|besetzt|zerstört|zerstörte|evakuiert|eingeführt|führte ein|abgeschafft|weigerte|anerkannt|erreichte|erreicht|überschritt|überschritten|verzeichnete|verzeichnet|meldete|gemeldet|registriert|registrierte|gezählt|stattgefunden|siegte|besiegte|besiegt|erzielte|erzielt|schoss|geschossen|holte|geholt|unterlag|qualifizierte|qualifiziert|ausgeschieden|verpflichtete|verpflichtet|wechselte|gewechselt|kam es|ums leben|flohen|geflohen|vertrieben|abgeschoben|beantragt|beantragten|bewilligt|ausgezahlt|angekündigt|kündigte|schloss|geschlossen|gesperrt|sperrte|entschied|entschieden|bestätigte|erklärte|rief|ausgerufen|angenommen|teilgenommen|demonstrierten|protestierten|streikten|gestreikt|fusionierten|exportierte|importierte|produzierte|produziert|förderte|gefördert|verdiente|verdient|ausgegeben|ist gestiegen|lag|lagen|betrug|betrugen|belief|beliefen|umfasste|zählte|verließ|verlassen|zog|gezogen|schickte|geschickt|entsandt|stationiert|verlegt|vorgestellt|präsentierte|präsentiert|geboren|heiratete|heirateten|geheiratet|verheiratet|geschieden|studierte|promovierte|promoviert|absolvierte|verstarb|verstorben|zurückgetreten|rücktritt|abgedankt|nahm|nahmen|verhaftete|inhaftiert|verurteilte|wiedergewählt|abgewählt|vereidigt|berufen|nominiert|erhob|erhoben|entzog|entzogen|gekippt|kippte|abgestiegen|aufgestiegen|zurückgerufen|suspendiert|gefeuert|abgesetzt|schuldig|ausgewiesen|ausgeliefert',
    )),
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
      'weil|wegen|aufgrund|infolge|führte zu|führt zu|führten zu|verursacht|verursachte|verursachen|zurückzuführen|folge von|ursache|ursachen|sorgte für|sorgt für|löste aus|ausgelöst|auslöser|sodass|so dass|infolgedessen|bewirkt|bewirkte|beigetragen|trägt bei|liegt an|lag an|grund dafür|grund für|gründe für|als grund|schuld an|verantwortlich für|senkt das risiko|erhöht das risiko|zusammenhang|schützt vor|schützen vor|schützte vor|verhindert|verhindern|verhinderte|heilt|heilen|schädigt|schädigen|schädigte|macht krank|machen krank|löst aus|lösen aus|auslösen',
    ),
    law: words(
      'gesetz|gesetze|gesetzes|gesetzentwurf|verordnung|richtlinie|verbot|verboten|verbietet|verbieten|erlaubt|zulässig|unzulässig|pflicht|vorgeschrieben|urteil|urteilte|gericht|gerichts|verfassung|grundgesetz|paragraf|paragraph|§|rechtswidrig|illegal|legal|verfassungswidrig|erlass|dekret|bußgeld|geldstrafe|haftstrafe|freiheitsstrafe|strafe|verurteilt|angeklagt|anklage|klage|abkommen|sanktionen|vorschrift|vorschriften|tritt in kraft|in kraft|gilt ab|richter|richterin|bundesverfassungsgericht|gesetzlich|rechtlich|gilt für|gilt bis|gilt zunächst|gilt vorerst|gilt seit|gelten für|gelten bis|gelten zunächst|gelten seit|galt für|gültig|befristet|läuft aus|außer kraft',
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
  grammar: {
    personal: words('ich|wir|du|ihr'),
    personalPossessives: words('mein|meine|meiner|meinen|meinem|meines|unser|unsere|unserer|unseren|unserem|unseres|dein|deine|deiner|deinen|deinem|euer|eure|eurer|euren|eurem'),
    generic: words('man|jeder|jede|jedermann|jemand|niemand|keiner|wer|alle|kritiker|kritikerinnen|gegner|gegnerinnen|befürworter|befürworterinnen|skeptiker|anhänger|fans|beobachter|viele|manche|einige'),
    deictic: words('es|das|dies|dieses|was|da'),
    concrete: words('er|sie'),
    determiners: words(
      'der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines|kein|keine|keiner|keinen|keinem|keines|dieser|diese|dieses|diesen|diesem|jener|jene|jenes|alle|allen|viele|vielen|einige|mehrere|manche|beide|beiden|sämtliche|mehr|weniger|wenige|zahlreiche|hunderte|tausende|zehntausende|hunderttausende|dutzende|sein|seine|seiner|seinen|seinem|seines|ihr|ihre|ihrer|ihren|ihrem|ihres|jeder|jede|jedes|jeden|jedem|rund|etwa|fast|knapp|mindestens|nur|gut|über|unter|mein|meine|meiner|meinen|meinem|meines|unser|unsere|unserer|unseren|unserem|unseres|dein|deine|deiner|deinen|deinem|euer|eure|eurer|euren|eurem',
    ),
    prepositions: words(
      'ab|an|am|auf|aus|bei|beim|bis|durch|für|gegen|hinter|in|im|ins|mit|nach|neben|ohne|seit|über|um|unter|vom|von|vor|während|wegen|trotz|zu|zum|zur|zwischen|laut|dank|gemäß|angesichts|infolge|aufgrund|innerhalb|außerhalb|binnen|statt|anstatt|außer|gegenüber|nahe|entgegen|mithilfe|seitens',
    ),
    introducers: words('ob|wenn|falls|weil|da|dass|obwohl|obgleich|nachdem|bevor|als|seitdem|sobald|solange|wie|sofern|damit|indem|wo|warum|weshalb|wieso'),
    adverbs: words(
      'nicht|nie|niemals|auch|nur|noch|schon|bereits|erst|kaum|fast|immer|wieder|erneut|zunächst|vorerst|inzwischen|mittlerweile|bislang|bisher|damals|heute|gestern|morgen|übermorgen|jetzt|nun|dann|offiziell|tatsächlich|angeblich|mehrfach|hier|dort|so|deshalb|daher|darum|deswegen|dabei|damit|daraufhin|danach|davor|dafür|dagegen|zudem|außerdem|weiters|trotzdem|dennoch|allerdings|jedoch|zuletzt|seither|später|zuvor|vorher|gleichzeitig|stattdessen|ebenfalls|ebenso|immerhin|offenbar|offensichtlich|anscheinend|vermutlich|wahrscheinlich|möglicherweise|derzeit|zurzeit|aktuell|künftig|bald|längst|kürzlich|neulich|zuerst|schließlich|letztlich|endlich|plötzlich|also|sogar|vor allem',
    ),
    coordinators: words('und|aber|denn|oder|sondern|doch'),
    negations: words('nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nirgends'),
    presentAuxiliaries: words('ist|sind|bin|bist|seid|hat|haben|habe|hast|habt|wird|werden|werde|wirst|gibt|geben|bleibt|bleiben|gilt|gelten|sei|seien|gebe|bleibe|gelte'),
    pastAuxiliaries: words('war|waren|warst|hatte|hatten|wurde|wurden|gab|gaben|blieb|blieben|galt|galten'),
    strongPast: words(
      'trat|traten|gewann|gewannen|verlor|verloren|starb|starben|fiel|fielen|stieg|stiegen|sank|sanken|lag|lagen|nahm|nahmen|kam|kamen|ging|gingen|fand|fanden|hielt|hielten|ließ|ließen|zog|zogen|traf|trafen|schloss|schlossen|bot|boten|wuchs|wuchsen|brach|brachen|sprach|sprachen|rief|riefen|lief|liefen|sah|sahen|schrieb|schrieben|stand|standen|saß|saßen|floh|flohen|warf|warfen|wies|stieß|sprang|schoss|schossen|flog|flogen|trug|trugen|schlug|schlugen|half|halfen|verließ|verließen|erhielt|erhielten|bekam|bekamen|begann|begannen|entschied|entschieden|beschloss|beschlossen|verbot|verboten|empfahl|erschien|erschienen|hieß|riet|litt|stahl|log|bat|baten|besaß|betrug|betrugen|erhob|erhoben|brachte|brachten|dachte|kannte|nannte|nannten|wusste|verbrachte|gelang|misslang|geschah|verschwand|entstand|bestand|gestand|verstand|unterlag|verwies|griff|griffen|ergriff|schwieg|stritt|zwang|sang|trank|fuhr|fuhren|las|aß|vergaß|maß|lud|luden|fing|hing|hob|wog|floss|genoss|trieb|schrie|fror|lieh|verlieh|grub|wandte|sandte|bewies|erwies|gewährte|zerbrach|verstieß|verschob|schob|bezog|erzog|vollzog|unterschrieb|beschrieb|vertrat|betrat|übertraf|übernahm|unternahm|entnahm|vernahm|ernannte|verbrannte|brannte',
    ),
    obligationModals: words('muss|müssen|musst|müsst|musste|mussten|soll|sollen|sollst|sollt|müsse|solle'),
    possibilityModals: words('kann|können|kannst|könnt|konnte|konnten|darf|dürfen|darfst|dürft|durfte|durften|mag|mögen|könne|dürfe|möge'),
    adviceModals: words('sollte|sollten|solltest|müsste|müssten|könnte|könnten|würde|würden|dürfte|dürften|möchte|möchten|wäre|wären|hätte|hätten'),
    futureAuxiliaries: [],
    copulas: words('ist|sind|war|waren|bleibt|bleiben|blieb|blieben|sei|seien|bleibe'),
    reportedForms: words(
      'sei|seien|seiest|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|liege|stehe|gehe|komme|gelte|bleibe|zeige|fehle|brauche|lasse|wisse|sehe|trage|plane|erhalte|befinde|handle|arbeite|führe|nehme|halte|laufe|spiele|stelle|bestehe|entstehe|besitze|verfüge|beziehe|betrage|leide|lebe|wohne|sitze|diene|biete|drohe|hänge|kenne|lege|mache|nutze|prüfe|rechne|reiche|sorge|suche|treffe|warte|wachse|zahle',
    ),
  },
  notNames: words(
    'der|die|das|den|dem|des|ein|eine|einer|einem|einen|er|sie|es|wir|ich|ihr|man|doch|aber|und|oder|im|am|in|auf|auch|dies|diese|dieser|dann|nun|so|zudem|außerdem|laut|nach|seit|damit|deshalb|trotzdem|dabei|zuletzt|bereits|allerdings|jedoch|vor|bei|mit|für|zum|zur|wie|was|wer|wo|warum|wann|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|herr|frau|denn|daraufhin|dort|hier|heute|gestern|morgen|beim|als|wenn|weil|dass|ob|mehr|rund|etwa|knapp|fast|über|unter',
  ),
};
