/** Demo articles written for Factdesk; places, people and figures are invented. */
export const DEMO_ARTICLES = [
  {
    title: 'Brückensperrung in Lindenau: Stadt rechnet mit Millionenkosten',
    outlet: 'Lindenauer Rundschau',
    author: 'Miriam Albers',
    url: 'https://rundschau.example/lindenau/brueckensperrung',
    language: 'de',
    publishedAt: new Date('2026-11-02T07:30:00Z'),
    body: [
      'Die Stadt Lindenau muss die Elsterbrücke ab dem 1. Dezember für den gesamten Verkehr sperren. Oberbürgermeisterin Karin Vogt (58) begründete den Schritt am Montag mit einem Gutachten, das Risse in drei von fünf Pfeilern festgestellt hatte. Die Sperrung gilt zunächst für 30 Tage, danach soll erneut geprüft werden.',
      'Nach Angaben der Stadtverwaltung überqueren jeden Tag rund 24.000 Fahrzeuge die Brücke, darunter etwa 1.800 Lastwagen. Die Umleitung über die Bundesstraße 87 verlängert den Weg für Pendler um bis zu 14 Kilometer. Die Reparatur soll nach ersten Schätzungen knapp 2,5 Millionen Euro kosten, doppelt so viel wie im Haushalt für alle Brücken der Stadt vorgesehen ist.',
      '„Wir hätten die Sanierung schon 2019 beginnen müssen, das Geld wurde aber für den Neubau der Stadthalle ausgegeben“, sagte der Fraktionsvorsitzende der Grünen, Tobias Renner. Der Stadtrat hatte den Bau der Halle im Jahr 2018 mit 31 zu 12 Stimmen beschlossen. Die Verkehrsbetriebe kündigten an, die Buslinie 4 während der Sperrung alle zehn Minuten fahren zu lassen.',
      'Wie man sieht, rächt sich jetzt die Sparpolitik der vergangenen Jahre. Ob die Brücke im Frühjahr wieder offen ist, wird man wohl erst nach dem Winter wissen. Die Bürgerversammlung zur Sperrung beginnt am Donnerstag um 19 Uhr im Rathaus.',
    ].join('\n\n'),
  },
  {
    title: 'Drought pushes Harbor City water rates up by 12 percent',
    outlet: 'The Harbor City Ledger',
    author: 'Daniel Okafor',
    url: 'https://ledger.example/harbor-city/water-rates',
    language: 'en',
    publishedAt: new Date('2026-10-28T12:00:00Z'),
    body: [
      'Harbor City will raise residential water rates by 12 percent from January, the city council decided on Tuesday by a vote of 7 to 2. Mayor Ellen Park (61) said the increase was needed after the driest summer since records began in 1895. The North Fork reservoir is at 38 percent of its capacity, according to the regional water authority.',
      'The average household pays about $64 a month for water and will pay roughly $72 after the increase. Nearly 410,000 residents are served by the municipal utility. "We lost more than 9 billion gallons to leaking pipes last year, and that is the real scandal," said councilmember Rosa Delgado, who voted against the plan.',
      'The utility says it will spend $180 million over ten years to replace 120 miles of pipe. Watering lawns will be banned for 60 days starting December 1. Critics argue the council should have acted years ago. It remains to be seen whether residents will accept yet another increase. A public hearing is scheduled for Monday at 6 p.m. in City Hall.',
    ].join('\n\n'),
  },
] as const;
