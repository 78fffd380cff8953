import type { Lexicon } from './lexicon-types';

const words = (s: string): string[] => s.split('|');

export const englishLexicon: Lexicon = {
  cues: {
    opinion: words(
      "i think|i believe|i feel|i'm convinced|i am convinced|in my opinion|in my view|i guess|i suppose|i hope|we hope|we believe|we think|it seems to me|frankly|honestly|personally|to me|i love|i hate|i like|i don't think|i do not think|i'm sure|i am sure|i'm confident|i am confident|in our view|my view|i would argue|it is time|it's time|believe me|trust me|i'm proud|i am proud|opinion",
    ),
    belief: words('believes|believe|thinks|think|feels|hopes|hope|hoped|fears|fear|feared|doubts|doubt|suspect|suspects|argue|argues|is convinced|is confident|are convinced|insists|insist|insisted|expect|expects|looks'),
    evaluative: words(
      "great|terrible|horrible|wonderful|amazing|fantastic|disgrace|disgraceful|disaster|disastrous|ridiculous|outrageous|shameful|awful|beautiful|incredible|unbelievable|tremendous|stupid|crazy|sad|pathetic|excellent|brilliant|fabulous|magnificent|lousy|nasty|horrific|appalling|absurd|insane|scandal|scandalous|shame|unacceptable|irresponsible|reckless|corrupt|rigged|nonsense|joke|mess|unfair|wrong|right thing|fortunately|unfortunately|hopefully|sadly|thankfully|remarkable|extraordinary|stunning|shocking|dramatic|bold|courageous|cowardly|naive|arrogant|nice|bad|good job|so much|very much|simply|truly|absolutely|utterly|incredibly|extremely|totally|hopeless|dire|grim|bleak|fascinating|exciting|boring|ugly|lovely|awesome|disgusting|unjust|sensible|senseless|pointless|questionable|dubious|untenable|inexcusable|devastating|dangerous|worrying|alarming|troubling|disturbing|encouraging|impressive|disappointing|embarrassing|outstanding|superb|dreadful|idiotic|hypocritical|shameless|overblown|excessive|too late|too far|too much|too little|too many|too few|too soon|too high|too low",
    ),
    feeling: words(
      'proud|disappointed|happy|glad|satisfied|thrilled|excited|worried|concerned|delighted|honored|honoured|grateful|thankful|angry|upset|frustrated|shocked|saddened|heartbroken|pleased|fear|afraid|scared|hopeful|feeling|feelings|sorry|love|hate|hope|blessed|humbled|tired of|sick of|fed up|sick and tired|lol|lmao|omg|smh|furious|outraged|devastated|annoyed',
    ),
    hedge: words(
      "apparently|seemingly|seems|seem|seemed|appears to|appear to|appeared to|maybe|perhaps|possibly|probably|might|could|may|would|allegedly|supposedly|rumored|rumoured|presumably|it is possible|it's possible|i wonder|not sure|conceivably|speculation|speculate|speculated|likely|unlikely|unclear|uncertain|wonder|wonders|wondering|wondered",
    ),
    framing: words(
      "as you can see|as we can see|as we know|as you know|clearly|obviously|of course|needless to say|it remains to be seen|remains to be seen|it goes without saying|it seems|it appears|one can see|all in all|in short|in conclusion|the question is|time will tell|make no mistake|let's be clear|let me be clear|the bottom line|in other words|at the end of the day|read more|in this article|we will look at|it is clear|it's clear|there is no doubt|no doubt|undoubtedly",
    ),
    greeting: words(
      "thank you|thanks|good evening|good morning|good afternoon|good night|ladies and gentlemen|welcome|congratulations|god bless|excuse me|i'm sorry|applause|laughter|crosstalk|hello|goodbye|pleasure to be|happy to be|glad to be|nice to see|great to be|it's an honor|it is an honor|thank|my fellow americans|inaudible",
    ),
    filler: words(
      "^well|^look|^yes|^no|^so|^okay|^ok|^now|^listen|^you know|^i mean|^let me|^oh|^uh|^um|^right|^sure|^absolutely|^exactly|^that's right|^that's not true|^that is not true|^wrong|^again|^first of all|^and so|^of course",
    ),
    promise: words(
      "i will|i'll|we will|we'll|i'm going to|we're going to|i am going to|we are going to|i want to|we want to|i intend|i promise|we promise|i pledge|i'm gonna|we're gonna|let's|let us|i would|i'd|we would|we'd|i plan|we plan|we need to|we need|i need|we must|we have to|we should|we can|i'm running|i am running|fight for|i'm fighting|i will fight|my plan|our plan|i'm asking|i ask",
    ),
    normative: words(
      "should|ought|should have|it is necessary|it's necessary|it is essential|it is important|it's important|deserve|deserves",
    ),
    obligation: words('must|need to|needs to|has to|have to'),
    schedule: words(
      "will take place|takes place|take place|is scheduled|are scheduled|scheduled for|will be held|tickets are|tickets for|tickets go on sale|tickets can|tickets will|available online|on sale|registration|register|sign up|doors open|livestream|live stream|streamed live|will be broadcast|broadcast live|can be watched|stay tuned|read more|click here|subscribe|newsletter|follow us|agenda|o'clock|rsvp|kick-off|kickoff|tip-off|venue|admission|opening hours|tune in|watch live|sign-up|will air|airs|will meet|will hold|will convene|will gather|is due to meet|departs|departure|platform|detour|shuttle|request for comment|declined to comment|did not respond|could not be reached|are invited|is invited|are welcome to",
    ),
    event: words(
      "won|lost|killed|died|dead|arrested|elected|voted|passed|signed|approved|rejected|announced|launched|opened|closed|founded|acquired|bought|sold|paid|raised|cut|hit|struck|attacked|invaded|fired|resigned|appointed|hired|laid off|sentenced|convicted|charged|indicted|acquitted|sued|banned|blocked|introduced|vetoed|ratified|imposed|lifted|suspended|halted|ordered|agreed|reached|released|published|discovered|developed|built|completed|destroyed|injured|wounded|evacuated|declared|recorded|registered|scored|beat|defeated|qualified|eliminated|transferred|joined|fled|crashed|exploded|collapsed|erupted|flooded|burned|shot|stabbed|captured|seized|deployed|withdrew|withdrawn|invested|spent|earned|borrowed|lent|donated|awarded|received|granted|created|added|shed|expanded|reduced|slashed|hiked|lowered|vaccinated|infected|tested|diagnosed|hospitalized|hospitalised|recalled|filed|merged|defaulted|wins|kills|signs|announces|approves|passes|bans|raises|cuts|sends|sent|gave|given|took|taken|made|began|begun|started|ended|stopped|led|met|visited|traveled|travelled|hosted|held|built|grew|produced|exported|imported|delivered|supplied|funded|financed|sanctioned|fined|cost|costs|totaled|totalled|amounted|stood at|came to|counted|supported|opposed|cast|nominated|confirmed|overturned|struck down|upheld|closed down|shut down|went bankrupt|went into effect|took office|left office|came into force|born|married|divorced|studied|graduated|stepped down|steps down|quit|quits|retired|sworn in|detained|jailed|imprisoned|impeached|ousted|sacked|dismissed|re-elected|relegated|promoted|pleaded guilty|found guilty|guilty",
    ),
    reporting: words(
      "said|says|say|told|tells|stated|announced|reported|explained|added|noted|stressed|emphasized|emphasised|warned|confirmed|claimed|claims|argued|wrote|writes|tweeted|posted|testified|acknowledged|admitted|denied|according to|revealed|disclosed|declared|asserted|maintained|remarked|commented|replied|responded|answered|estimated|estimates|showed|shows|found|finds|concluded|cited|quoted|stated that|pointed out",
    ),
    comparison: words(
      'compared to|compared with|in comparison|relative to|than ever|twice as|three times|half as|record|records|for the first time|first time|never before|doubled|tripled|quadrupled|halved|outpaced|surpassed|exceeded|overtook|outnumber|outnumbered|year-on-year|year over year|a year earlier|from a year earlier|than a year ago|since records began|more than ever|the same as|as much as ever|ahead of|above average|below average',
    ),
    superlative: words(
      'highest|lowest|largest|biggest|smallest|most|least|fewest|best|worst|fastest|slowest|strongest|weakest|oldest|youngest|richest|poorest|deadliest|hottest|warmest|coldest|longest|shortest|busiest|greatest|record-breaking|all-time',
    ),
    trend: words(
      'rose|risen|rising|rises|fell|fallen|falling|falls|increased|increase|increases|increasing|decreased|decrease|decreasing|declined|decline|declining|dropped|drop|grew|grown|growing|jumped|surged|soared|plunged|plummeted|slumped|climbed|tumbled|shrank|shrunk|went up|went down|is up|is down|are up|are down|was up|was down|up from|down from|gained|rebounded|spiked|skyrocketed|worsened|improved|higher|lower|twice as|double|three times|half as',
    ),
    causal: words(
      'because|because of|due to|as a result|caused|causes|cause|led to|leads to|lead to|resulted in|results in|result of|thanks to|blamed|responsible for|linked to|contributed to|contributes to|driven by|owing to|on account of|triggered|sparked|prompted|consequently|reduces the risk|increases the risk|risk of|associated with|correlated|so that|which means|that is why|fueled by|fuelled by|the reason|prevents|prevent|prevented|protects against|protect against|protects from|harms|harmed|damages|spreads|weakens',
    ),
    law: words(
      'law|laws|bill|bills|legislation|regulation|regulations|rule|rules|ban|banned|bans|banning|illegal|unlawful|unconstitutional|constitutional|legal|legally|court|courts|ruled|ruling|judge|judges|statute|constitution|amendment|decree|treaty|mandate|mandatory|prohibited|prohibits|permitted|in force|took effect|takes effect|signed into law|sentenced|convicted|fined|penalty|penalties|supreme court|lawsuit|sued|verdict|jury|executive order|ordinance|requires|required|allowed|forbidden|sanctions|applies to|applies for|apply to|valid for|valid until|valid through|remains in force|remain in force|in effect|expires|expire',
    ),
    future: words(
      "will|won't|'ll|going to|expected to|is expected|are expected|forecast|forecasts|projected|predicts|predicted|is set to|are set to|plans to|planned|next year|next month|next week|in the coming|upcoming|soon|shall|by the end of|is due to|are due to",
    ),
    statistic: words(
      'unemployment|jobless|jobs|job|inflation|gdp|economy|deficit|debt|tax|taxes|wages|wage|income|incomes|poverty|crime|murders|murder|homicides|deaths|death|cases|infections|vaccinated|vaccination|emissions|budget|spending|growth|population|immigrants|immigration|refugees|votes|vote|turnout|poll|polls|survey|price|prices|cost|costs|revenue|revenues|profit|profits|sales|exports|imports|rate|rates|percent|salary|salaries|pension|pensions|premiums|insurance|uninsured|students|tuition|troops|casualties|victims|fatalities|arrests|goals|points|wins|losses|medals|title|championship|seats|majority|average|median|share|stock|shares|index|production|barrels|output|temperature|rainfall|study|data|statistics|members|workers|employees|patients|hospitals|children|people|americans|families|minimum wage|interest rates|oil|gas|energy|carbon|co2|warming|climate',
    ),
    topic: words(
      'vaccine|vaccines|vaccinated|unvaccinated|vaccination|virus|viruses|covid|covid-19|coronavirus|pandemic|mask|masks|cancer|disease|diseases|autism|infection|immunity|immune|drug|drugs|medicine|cure|cures|ivermectin|hydroxychloroquine|5g|radiation|climate|warming|election|elections|ballot|ballots|fraud|rigged|voter|voters|immigrants|migrants|refugees|border|crime|police|shooting|gun|guns|abortion|nuclear|war|troops|military|terror|terrorists|terrorism|isis|obamacare|medicare|medicaid|welfare|wall|fentanyl|opioid|opioids|overdose|overdoses|hoax|conspiracy|chemtrails|gmo|fluoride',
    ),
    time: words("monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|last year|last month|earlier this year|this week|so far|to date|over the weekend"),
    conditional: words("^whether|^if|^unless|^suppose|^imagine|^what if|^assuming|^had we|^were we"),
  },
  compoundEndings: {},
  personTitles: words(
    'mr|mrs|ms|dr|president|senator|sen|rep|representative|congressman|congresswoman|governor|gov|minister|secretary|chancellor|judge|justice|general|gen|coach|ceo|pope|king|queen|prince|princess|sir|lord|mayor|professor|prof|officer|spokesman|spokeswoman|spokesperson|economist|analyst|researcher|scientist|director|chairman|chairwoman|chair|leader|lawyer|attorney|candidate|striker|midfielder|defender|goalkeeper|manager|captain|player|star|author|founder|chief|commissioner|ambassador|premier|lieutenant|colonel|sergeant|detective|inspector|sheriff|prosecutor|reporter|correspondent|editor|activist|expert|epidemiologist|virologist|doctor|nurse|teacher|rapper|singer|actor|actress|champion|forward|quarterback|pitcher|driver|runner|swimmer|cyclist|boxer|diplomat|envoy|premier|chancellor|dictator|opponent|challenger|incumbent|nominee|pastor|bishop|rabbi|imam|cardinal|archbishop',
  ),
  personTitleEndings: [],
  organisationWords: words(
    "inc|corp|corporation|company|co|ltd|llc|plc|group|bank|party|ministry|department|agency|commission|council|committee|union|university|college|institute|association|organization|organisation|foundation|court|parliament|congress|senate|assembly|office|service|administration|authority|board|federation|league|club|fc|army|navy|police|airlines|airways|motors|times|news|post|journal|press|network|systems|technologies|holdings|partners|fund|reserve|bureau|centre|center|hospital|school|church|forces|guard|house|corps|alliance|coalition|movement|front|agency's|institution|exchange|bureau|commission's",
  ),
  organisationEndings: [],
  pronouns: words('he|she'),
  grammar: {
    personal: words("i|we|you|let|let's|i'm|we're|you're|i've|we've|you've|i'll|we'll|you'll|i'd|we'd|you'd|y'all|please"),
    personalPossessives: words('my|our|your'),
    generic: words("one|people|everyone|everybody|nobody|someone|somebody|anyone|anybody|everything|nothing|something|anything|they|they're|they've|they'll|they'd|folks|whoever|critics|opponents|supporters|skeptics|sceptics|detractors|fans|observers|many|some|most|few|others"),
    deictic: words("it|this|that|these|those|it's|that's|here|what|which|who|how|why|where|it'll|that'll|it'd|what's|who's|here's"),
    concrete: words("he|she|he's|she's|there|there's|he'll|she'll|he'd|she'd"),
    determiners: words(
      'the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|both|each|every|several|few|no|any|more|fewer|less|other|another|such|half|much|either|neither|about|nearly|almost|roughly|around|approximately|over|under|at|least|than|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|billions|third|thirds|quarter|quarters|fifth|fifths|of|nearly|just',
    ),
    prepositions: words(
      'of|in|on|at|for|with|from|by|under|over|after|before|since|during|despite|following|without|within|among|amid|against|across|through|throughout|toward|towards|until|upon|via|per|like|unlike|according|besides|beyond|behind|below|above|near|outside|inside|between|around|along|into|onto|to',
    ),
    introducers: words('if|when|while|although|though|because|since|as|once|unless|whether|after|before|until|whereas|yesterday|today|meanwhile|however|also|still|instead|overall|last|earlier|later|recently|now|then|and|but|yet|so|moreover|furthermore|indeed|in|on|at|under|according|for|during|despite|following|with|without|by|from|amid|among|unlike|like|over|across|throughout|within|nationwide|worldwide|globally|separately|elsewhere|previously|initially|finally'),
    adverbs: words('not|never|also|only|just|still|already|always|often|recently|reportedly|actually|even|nearly|almost|finally|previously|ever|once|later|first|currently|formerly|repeatedly|officially|publicly|eventually|initially|largely|mostly|partly|then|now|twice|again|immediately|quickly|narrowly|unanimously'),
    negations: words("not|never|no|cannot|can't|mustn't|won't|n't"),
    presentAuxiliaries: words("is|are|am|has|have|does|do|isn't|aren't|hasn't|haven't|doesn't|don't|remains|remain|becomes|become"),
    pastAuxiliaries: words("was|were|had|did|wasn't|weren't|hadn't|didn't|became|remained"),
    strongPast: words(
      'won|lost|beat|paid|made|took|gave|ran|fell|rose|grew|sold|bought|left|met|went|came|said|told|began|built|held|led|hit|cut|set|put|shut|struck|spent|sent|kept|found|brought|fought|caught|taught|thought|drove|flew|threw|wrote|broke|spoke|chose|stole|froze|sat|stood|understood|lay|laid|fled|fed|shot|split|quit|cost|hurt|spread|sank|sang|swam|drank|shrank|saw|knew|blew|drew|withdrew|overtook|forgave|forgot|got|gotten|hid|slid|stuck|swept|slept|felt|dealt|meant|lent|bent|bound|heard|hung|dug|swung|begun|done|gone|seen|taken|given|written|spoken|broken|chosen|stolen|frozen|driven|risen|fallen|known|grown|shown|thrown|flown|drawn|worn|torn|sworn|born|shaken|forgotten|hidden|eaten|beaten|proven|sunk|sung|rung|shrunk|overseen|undertaken|upheld|withheld|overthrew|overthrown|foresaw|mistook|rebuilt|sought|bore|wore|tore|swore|woke|won',
    ),
    obligationModals: words("must|mustn't"),
    possibilityModals: words("can|can't|cannot|may"),
    adviceModals: words("should|shouldn't|ought|would|wouldn't|could|couldn't|might"),
    futureAuxiliaries: words("will|won't|shall"),
    copulas: words("is|are|was|were|isn't|aren't|wasn't|weren't|remains|remained|became|becomes"),
    reportedForms: [],
    coordinators: [],
  },
  notNames: words(
    "the|a|an|this|that|these|those|he|she|it|they|we|i|you|but|and|in|on|at|for|however|meanwhile|there|his|her|their|its|our|after|before|when|while|as|if|according|last|some|many|most|since|by|during|what|who|why|how|where|which|my|your|mr|mrs|ms|dr|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yes|no|so|well|now|then|today|yesterday|tomorrow|here|also|not|all|both|each|every|one|two|three|four|five|six|seven|eight|nine|ten|more|less|about|nearly|almost|over|under|with|from|to|of|or|nor|because|although|though|yet|still|even|just|only|let|thank|thanks|good|great|look|okay|ok|oh|well|please|senator|president|governor|congressman|secretary|mayor|january|february|march|april|may|june|july|august|september|october|november|december|god|america's",
  ),
};
