"""Word lists for the extraction stage.

Everything here is data: sets and dicts built once at import time so that the rules in
``names``, ``quotes``, ``attribution`` and ``actors`` can look words up in O(1).
Nothing here is tuned to a particular article; the lists describe news English in general.
"""

from __future__ import annotations

from pathlib import Path


def _words(block: str) -> frozenset[str]:
    return frozenset(w for w in block.split() if w)


def _inflect(base: str) -> set[str]:
    """Regular English inflections of a verb lemma: base, -s, -ed, -ing."""
    out = {base}
    if base.endswith("e"):
        out |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        out |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        out |= {base + "es", base + "ed", base + "ing"}
    else:
        out |= {base + "s", base + "ed", base + "ing"}
    return out


# ---------------------------------------------------------------------------------------
# Speech verbs
# ---------------------------------------------------------------------------------------

_REGULAR_SPEECH = """
add note explain analyze analyse assess emphasize emphasise stress comment argue warn ask
reply respond answer insist claim declare announce state observe remark suggest predict
acknowledge concede recall continue conclude caution urge pledge promise vow tweet post
reiterate convey maintain counter joke complain lament confirm deny estimate testify allege
agree contend reason underline underscore highlight indicate express voice opine describe cite
call blast criticize criticise praise hail accuse demand plead shout yell whisper wonder
muse boast recount reflect affirm assure reckon mention point elaborate clarify propose
recommend advise instruct threaten report cite quote exclaim retort interject proclaim
assert attest confide disclose reveal specify summarize summarise speculate posit counsel
rebut dispute challenge protest concur dismiss welcome reassure lecture charge
predict signal stat explain tell urge caution chide scoff sneer gush rave
repeat echo stress underscore emphasize vent complain grumble
"""

_IRREGULAR_SPEECH = """
say says said saying tell tells told telling write writes wrote writing written speak speaks
spoke speaking spoken admit admits admitted admitting quip quips quipped quipping slam slams
slammed slamming sum summed summing put puts putting
"""

SPEECH_VERBS: frozenset[str] = frozenset(
    set().union(*(_inflect(w) for w in _REGULAR_SPEECH.split())) | set(_IRREGULAR_SPEECH.split())
) - {"stat", "stats", "stated", "stating", "put", "puts", "putting", "sum", "summed", "summing",
     "states", "claims", "comments", "notes", "posts", "reports", "calls", "charges", "charge",
     "charged", "charging", "points", "quotes", "answers", "remarks", "demands", "protests",
     "echo", "echoes", "echoed", "echoing", "signal", "signals", "signaled", "signalled",
     "signaling", "welcome", "welcomes", "welcomed", "welcoming", "indicate", "indicates",
     "indicated", "indicating", "continue", "continues", "continuing", "point", "pointing",
     "dispute", "disputes", "challenge", "challenges", "post", "posting", "call",
     "lecture", "lectures", "state", "report", "quote", "quoting", "cite", "cites", "cited",
     "hail", "hails", "counter", "counters", "voice", "voices", "charge", "estimate", "estimates",
     "estimated", "estimating", "cite", "cites", "cited", "reason", "reasons", "reasoned", "reasoning"} | {
    "stated", "pointed", "continued", "indicated", "quoted", "posted", "posting"}

# verbs whose grammatical subject relays what someone else said
RELAY_VERBS: frozenset[str] = _words("reported reports reporting quoted cited")

# -ing forms that continue the previous speaker's statement ("..., adding, '...'")
CONTINUATION_PARTICIPLES: frozenset[str] = frozenset(
    w for w in SPEECH_VERBS if w.endswith("ing")
)

PASSIVE_AUX: frozenset[str] = _words("was were is are be been being get gets got")
AUX_WORDS: frozenset[str] = _words(
    "has have had would will could should might may must did does do also later then "
    "further again previously earlier once repeatedly recently separately too however "
    "meanwhile already still simply flatly openly publicly privately firmly bluntly quickly "
    "strongly sharply immediately yesterday today tonight reportedly allegedly reportedly "
    "subsequently afterwards afterward initially originally first last finally even "
    "is are was were been being not never often frequently always once twice"
)

# ---------------------------------------------------------------------------------------
# Sources: nouns that can head an unnamed speaker ("a senior official", "the ministry")
# ---------------------------------------------------------------------------------------

_OFFICIAL_HEADS = """
official officials spokesperson spokespersons spokesman spokesmen spokeswoman spokeswomen
treasurer
spokespeople representative representatives diplomat diplomats minister ministers ministry
ministries government governments administration department agency office authorities
authority police officer officers lawmaker lawmakers legislator legislators senator senators
congressman congresswoman congressmen embassy envoy envoys ambassador ambassadors delegation
delegations delegate delegates counterpart counterparts military army navy commander
commanders general generals secretary governor mayor regulator regulators prosecutor
prosecutors investigators investigator council commission committee side sides cabinet
aide aides adviser advisers advisor advisors negotiator negotiators insider insiders
presidency palace ministries parliament parliamentarian parliamentarians mp mps
councillor councillors councilman councilwoman councilmember sheriff sheriffs
ranger rangers firefighter firefighters guard guards
"""
_ANALYST_HEADS = """
analyst analysts expert experts researcher researchers professor professors scholar
scholars academic academics economist economists strategist strategists fellow fellows
specialist specialists observer observers consultant consultants commentator commentators
pollster pollsters scientist scientists historian historians lecturer lecturers
"""
_LEADER_HEADS = """
president premier chancellor king queen emperor monarch
"""
_OTHER_HEADS = """
source sources company companies firm firms group groups organization organisation
organizations organisations statement report people person member members leader leaders
chief chiefs executive executives director directors manager managers critic critics
resident residents witness witnesses participant participants team club coach player
players fan fans union unions campaigner campaigners activist activists protester
protesters protestor protestors organizer organizers organiser organisers doctor doctors
nurse nurses teacher teachers student students parent parents woman women man men mother
father friend friends neighbour neighbours neighbor neighbors owner owners worker workers
employee employees customer customers voter voters investor investors trader traders
banker bankers lawyer lawyers attorney attorneys judge judges court board bank newspaper
broadcaster website soldier soldiers veteran veterans farmer farmers victim victims
survivor survivors relative relatives family families husband wife son daughter brother
sister colleague colleagues partner partners journalist journalists reporter reporters
editor editors author authors writer writers founder ceo chairman chairwoman chair
watchdog letter document communique memo ruling study survey filing lawsuit complaint
message post spokesperson skipper captain manager boss striker midfielder defender
goalkeeper driver rider pilot passenger passengers shopper shoppers commuter commuters
local locals villager villagers mourner mourners supporter supporters opponent opponents
candidate candidates staff staffer staffers operator operators provider providers maker
makers producer producers retailer retailers airline airlines carrier group charity
charities ngo nonprofit hospital hospitals school schools university universities
institute think-tank tank network broadcaster outlet agency daughter boy girl boys girls
child children teen teenager teenagers singer actor actress artist musician coach
figure figures widow widows widower widowers pensioner pensioners retiree retirees homeowner
homeowners tenant tenants landlord landlords patient patients shopkeeper shopkeepers vendor vendors
refugee refugees migrant migrants evacuee evacuees eyewitness eyewitnesses bystander bystanders
motorist motorists grandmother grandfather uncle aunt cousin nephew niece miner miners rescuer
rescuers volunteer volunteers paramedic paramedics medic medics drivers head heads
"""

OFFICIAL_HEADS = _words(_OFFICIAL_HEADS)
# Words in an unnamed source's description that make it official / an analyst when its head
# noun does not decide ("a senior *government* source", "a *research* group member").
OFFICIAL_MODIFIERS = frozenset(
    "government ministry military official party presidential diplomatic administration "
    "state police embassy cabinet defense defence foreign".split()
)
ANALYST_MODIFIERS = frozenset("think research academic university institute".split())
ANALYST_HEADS = _words(_ANALYST_HEADS)
LEADER_HEADS = _words(_LEADER_HEADS)
SOURCE_NOUNS: frozenset[str] = OFFICIAL_HEADS | ANALYST_HEADS | LEADER_HEADS | _words(_OTHER_HEADS)

PLURAL_SOURCE_NOUNS: frozenset[str] = frozenset(
    w for w in SOURCE_NOUNS
    if (w.endswith("s") and not w.endswith(("ss", "us", "ics")) and w not in {"news"})
    or w in {"people", "men", "women", "police", "authorities", "spokespeople", "children",
             "staff", "families"}
) - {"boss", "press", "witness", "congress", "eyewitness"}

# nouns for what a person says: "his message was clear: '...'" -> the possessor spoke
STATEMENT_NOUNS: frozenset[str] = _words(
    "message words response reply answer statement verdict view advice warning explanation "
    "argument assessment conclusion comment comments remarks remark reaction take position "
    "assessment prediction plea appeal question point response retort tweet post caption"
)

DETERMINERS: frozenset[str] = _words(
    "a an the one another some many several two three four five six seven eight nine ten "
    "both all most few his her their its our my your this these those each every other"
)

# adjectives allowed before a bare plural source ("senior officials", "Western diplomats")
SOURCE_MODIFIERS: frozenset[str] = _words(
    "senior top former local foreign government military ministry party western eastern "
    "security intelligence health police company bank industry market independent other "
    "some many several two three four five both all most few defense defence state federal "
    "regional provincial city municipal national international diplomatic presidential "
    "administration white house kremlin european asian american chinese russian unnamed "
    "anonymous retired current serving junior high-ranking high-level mid-level ranking "
    "outside private public legal medical financial economic political opposition ruling "
    "rival frustrated angry worried concerned veteran longtime long-time fellow many"
)

# ---------------------------------------------------------------------------------------
# Titles and roles
# ---------------------------------------------------------------------------------------

# honorifics: stripped from names but not a role
HONORIFICS: dict[str, str] = {
    "mr": "m", "mr.": "m", "mister": "m", "sir": "m", "lord": "m",
    "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f", "dame": "f", "lady": "f",
    "mx": "", "mx.": "", "dr": "", "dr.": "",
    "sayyid": "m", "sayed": "m", "sheikha": "f",
    "comrade": "", "comr.": "",  # Nigerian and Ghanaian labour usage: "Comrade Emeka Nwachukwu"
}

# words that may appear in a title written before a name ("First Vice Foreign Minister")
TITLE_WORDS: frozenset[str] = _words(
    """
    president vice prime minister deputy first second third senior assistant secretary
    taoiseach tanaiste tánaiste treasurer cornerback quarterback linebacker pitcher shortstop
    striker midfielder goalkeeper winger fullback sprinter hurdler swimmer cyclist boxer golfer
    skier economist analyst strategist researcher legislator lawmaker lawyer attorney attorney-general solicitor-general general chief ambassador professor prof prof. dr dr. mr mr. ms ms. mrs mrs. miss mx mx.
    sir dame lord lady chairman chairwoman chairperson chair director director-general
    governor gov gov. senator sen sen. rep rep. representative congressman congresswoman
    councillor councilman councilwoman councilmember mayor premier chancellor speaker king
    queen prince princess crown emperor empress pope cardinal bishop archbishop rev rev.
    reverend imam rabbi sheikh sheik emir sultan judge justice coach commissioner captain
    capt capt. lieutenant lt lt. colonel col col. gen gen. admiral adm adm. major maj maj.
    sergeant sgt sgt. commander cmdr cmdr. marshal field officer detective det det.
    inspector insp insp. superintendent supt supt. constable attorney prosecutor executive
    managing operating financial officer ceo cfo coo cto founder co-founder president-elect
    vice-president secretary-general under-secretary undersecretary spokesperson spokesman
    spokeswoman envoy special counselor counsellor adviser advisor head leader supreme
    acting interim foreign defense defence trade industry energy finance interior home
    unification economy economic health education environment labor labour agriculture
    transport transportation culture sports tourism treasury commerce security national
    homeland intelligence information science technology communications welfare employment
    land infrastructure oceans fisheries gender equality family veterans affairs state
    public administration safety planning budget strategy development cooperation policy
    political military asia-pacific international relations central standing politburo
    division vice-minister vice-chairman junior principal commander-in-chief chief-of-staff
    associate economy-and-finance strategy-and-finance defense-minister
    minister-president deputy-minister vice-foreign state-owned senior-deputy legal
    justice-minister majority minority whip sheriff warden trooper alderman ayatollah baron
    baroness duke duchess earl corporal agent county
    sens sens. reps reps. pastor chaplain vicar
    commodore brigadier brig brig. lieutenant-general lieutenant-colonel major-general
    lieutenant-commander rear-admiral vice-admiral cpl cpl. pvt pvt. lt-gen maj-gen
    member mep meps assemblymember external opposition shadow
    cr cr. clr clr. cllr cllr. co-leader co-chair meteorologist forecaster
    msp mla mpp mha trustee
    housing immigration citizenship revenue enterprise skills heritage youth mines
    railways aviation disability communities rural sport food work pensions women
    equalities levelling investment innovation care
    """
)

# short titles that are titles only as written ("Cr Corby", not "CR Patil", whose initials
# they are)
CASED_TITLES: frozenset[str] = frozenset({"cr", "cr.", "clr", "clr."})

# the word of a title that names the office itself (the last word before the name):
# "Foreign Minister", "Professor", not "Foreign" or "Security"
HEAD_TITLES: frozenset[str] = _words(
    """
    president vice-president minister premier chancellor secretary ambassador envoy
    professor prof prof. dr dr. mr mr. ms ms. mrs mrs. miss mx mx. sir dame lord lady chairman
    chairwoman chairperson chair director director-general governor gov gov. senator sen sen.
    rep rep. representative congressman congresswoman councillor councilman councilwoman
    councilmember mayor speaker king queen prince princess emperor empress pope cardinal
    bishop archbishop rev rev. reverend imam rabbi sheikh sheik emir sultan judge justice
    coach commissioner captain capt capt. lieutenant lt lt. colonel col col. general gen gen.
    admiral adm adm. major maj maj. sergeant sgt sgt. commander cmdr cmdr. marshal officer
    detective det det. inspector insp insp. superintendent supt supt. constable attorney
    prosecutor ceo cfo coo cto founder co-founder president-elect secretary-general
    under-secretary undersecretary spokesperson spokesman spokeswoman counselor counsellor
    adviser advisor head leader chief vice-minister vice-chairman commander-in-chief
    chief-of-staff whip chairman sheriff warden trooper alderman ayatollah baron baroness duke
    duchess earl corporal agent sens sens. reps reps. pastor chaplain vicar
    commodore brigadier brig brig. lieutenant-general lieutenant-colonel major-general
    lieutenant-commander rear-admiral vice-admiral cpl cpl. pvt pvt. member mep
    assemblymember cr cr. clr clr. cllr cllr. co-leader co-chair meteorologist forecaster
    treasurer trustee msp mla mpp mha
    """
)

# lower-case role nouns, used for appositives ("X, a professor at Y") and pre-name roles
ROLE_NOUNS: frozenset[str] = _words(
    """
    president vice-president premier minister secretary ambassador diplomat envoy official
    spokesperson spokesman spokeswoman professor researcher fellow analyst expert scholar
    economist strategist academic lecturer specialist director director-general chief head
    chairman chairwoman chair founder co-founder ceo executive manager officer commander
    general admiral colonel governor mayor senator lawmaker legislator congressman
    congresswoman representative member deputy counterpart counterparts adviser advisor
    aide secretary-general leader king queen prince princess chancellor judge justice
    prosecutor attorney lawyer coach player captain striker midfielder defender goalkeeper
    teacher student doctor nurse resident owner worker employee journalist reporter editor
    author writer actor actress singer musician artist spokesman consultant partner
    economist negotiator delegate pastor priest bishop imam rabbi correspondent columnist
    candidate nominee chairperson commissioner inspector detective sergeant lieutenant
    captain major mother father son daughter wife husband widow widower grandmother
    grandfather sister brother resident residents student veteran farmer analyst
    trader investor banker strategist pilot driver rider boxer athlete runner swimmer
    skater champion activist campaigner organizer organiser volunteer principal dean
    provost rector president-elect ex-president ex-minister premier-designate boss
    clerk pharmacist supervisor scientist researcher co-founder cofounder backbencher mp
    strategist economist lawyer attorney solicitor barrister judge magistrate
    seller vendor hawker shopkeeper fisherman fisherwoman labourer laborer homemaker weaver
    tailor mechanic carpenter electrician plumber cleaner baker butcher grocer rancher herder
    miner welder retiree pensioner landlord tenant villager co-leader co-chair meteorologist
    forecaster spinner seamer bowler batsman batter opener winger skipper all-rounder wicketkeeper
    pitcher quarterback sprinter cyclist jockey golfer fullback
    treasurer trustee critic msp mla mpp mha
    """
)

# formal heads of state / government ("leader" category)
LEADER_TITLE_PATTERNS: tuple[str, ...] = (
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor",
    "empress", "monarch", "supreme leader", "head of state", "head of government",
    "state affairs commission chairman", "chairman of the state affairs commission", "sultan", "emir", "crown prince", "taoiseach", "president-elect",
    "prime minister-designate", "leader",
)
LEADER_NEGATORS: frozenset[str] = _words(
    "vice deputy assistant vice-president executive senior-vice associate party opposition "
    "majority minority team group club company bank union senate house council squad band "
    "gang rebel rebels militia tribal religious spiritual faction shadow"
)

ANALYST_ROLE_WORDS: frozenset[str] = _words(
    "strategy research analysis prof prof. professor researcher research fellow analyst expert scholar economist strategist "
    "academic lecturer specialist professors researchers analysts experts scholars "
    "economists academics historian scientist think-tank observer pollster"
)
OFFICIAL_ROLE_WORDS: frozenset[str] = _words(
    "minister ministers ministry ambassador diplomat envoy official officials spokesperson treasurer "
    "attorney-general solicitor-general "
    "spokesman spokeswoman secretary governor mayor senator lawmaker legislator congressman "
    "congresswoman commissioner director-general general admiral commander colonel "
    "prosecutor counterpart counterparts delegate negotiator representative representatives "
    "vice-minister undersecretary under-secretary secretary-general chief-of-staff "
    "councillor councilman councilwoman mp sheriff police attache consul consul-general "
    "vice-president deputy whip judge justice magistrate backbencher prosecutor "
    "detective inspector constable superintendent sergeant county municipal sens sens. reps reps. "
    "det supt insp insp. supt. det. cr clr cllr co-leader"
)

# affiliations: a research body makes its staff analysts; a state body makes them officials
RESEARCH_ORG_WORDS: frozenset[str] = _words(
    "university institute institution college academy school think-tank centre center "
    "studies research analyses brookings rand carnegie chatham foundation laboratory lab "
    "observatory economics macroeconomics analytics"
)
GOVERNMENT_ORG_WORDS: frozenset[str] = _words(
    "ministry office commission party government cabinet council army navy military embassy "
    "parliament assembly congress senate police department agency bureau administration "
    "kremlin pentagon force forces command secretariat presidency directorate consulate "
    "mission service guard guards committee politburo authority regulator coastguard delegation"
)
COMPANY_ORG_WORDS: frozenset[str] = _words(
    "inc inc. corp corp. corporation co co. ltd ltd. llc plc group holdings company motors "
    "airlines airways bank electronics technologies systems industries energy pharmaceuticals "
    # the last word of many companies' names ("Sarab Energy", "Thalassa Tankers")
    "renewables tankers shipping logistics pharma capital partners securities foods homes "
    "petroleum resources chemicals mining steel telecom insurance breweries semiconductor "
    "semiconductors biotech therapeutics water power"
)

# ---------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------

# what follows a company's name: "Nkana Ridge Copper Ltd", "Ashford Brands Inc."
COMPANY_SUFFIXES: frozenset[str] = _words(
    "ltd ltd. limited inc inc. plc corp corp. co co. llc group holdings sa ag gmbh nv bv"
)

ORG_CUES: frozenset[str] = _words(
    """
    ministry ministries institute institution university college school academy party
    commission office agency council bank company inc inc. corp corp. corporation co. ltd
    ltd. llc plc group holdings association union committee department foundation center trust
    centre organization organisation assembly parliament congress senate court police
    army navy force forces service services bureau authority board fund federation league
    club fc administration cabinet government secretariat directorate command corps
    guard guards embassy consulate mission alliance coalition front movement society
    network networks news times post journal herald daily tribune gazette broadcasting
    broadcaster channel television radio press media studio studios airlines airways
    motors electronics technologies systems industries pharmaceuticals laboratories
    energy renewables tankers shipping logistics pharma capital partners securities foods
    homes petroleum resources chemicals mining steel telecom insurance breweries
    semiconductor semiconductors biotech therapeutics water power air
    labs exchange reserve institutes universities commissions parties consortium cooperative
    co-operative collective
    """
)
ORG_ACRONYMS: frozenset[str] = _words(
    """
    UN U.N. NATO EU E.U. WHO IMF WTO OPEC ASEAN BRICS G7 G20 G-7 G-20 FIFA IOC UEFA CCP KMT DPP
    FBI CIA NSA NASA NHS BBC CNN NBC CBS ABC NPR PBS IAEA UNICEF UNESCO UNHCR OECD APEC SCO
    ICC ICJ WFP AU IRGC PLA KCNA SEC FDA CDC EPA? NIS JCS USFK DPRK? MOFA NSC
    """
) - {"EPA?", "DPRK?"}

# news agencies and picture libraries: photo credits, never actors unless they speak
AGENCIES: frozenset[str] = _words(
    """
    yonhap reuters ap afp epa getty xinhua kyodo tass interfax dpa ansa efe upi newsis
    news1 jiji bloomberg aap pa kcna ria shutterstock alamy imago sipa anadolu
    """
)

# capitalised words that mark a place, event or thing rather than a person
NON_PERSON_CUES: frozenset[str] = _words(
    """
    province oblast prefecture county city town village district region state island
    islands peninsula sea ocean river lake mountain mountains mount valley bay gulf strait
    coast street road avenue square park airport station stadium arena hotel guesthouse
    palace hall house tower bridge cosmodrome base camp games olympics olympic cup
    championship championships league summit conference forum war day festival award
    awards prize act law bill treaty accord agreement declaration initiative plan program
    programme project festival expo fair exhibition museum gallery church cathedral mosque
    temple hospital clinic prison centre center zone border line canal port harbor harbour
    asian european african arab latin nordic baltic balkan western eastern pacific atlantic
    mediterranean caribbean scandinavian slavic sino-
    desert forest plaza mall market building headquarters campus complex compound
    territory territories republic kingdom empire federation union
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct
    oct. nov nov. dec dec. christmas easter ramadan eid new year
    north south east west northeast northwest southeast southwest central eastern western
    northern southern
    covid-19 covid coronavirus
    """
) | ORG_CUES

# capitals and seats of government: "Seoul said" is the South Korean government speaking
CAPITALS: dict[str, str] = {
    "Seoul": "South Korea", "Beijing": "China", "Moscow": "Russia", "Washington": "United States",
    "Tokyo": "Japan", "Pyongyang": "North Korea", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "London": "United Kingdom", "Paris": "France", "Berlin": "Germany", "Brussels": "European Union",
    "Tehran": "Iran", "Jerusalem": "Israel", "Ankara": "Turkey", "New Delhi": "India",
    "Taipei": "Taiwan", "Hanoi": "Vietnam", "Canberra": "Australia", "Ottawa": "Canada",
    "Rome": "Italy", "Madrid": "Spain", "Warsaw": "Poland", "Riyadh": "Saudi Arabia",
    "Cairo": "Egypt", "Damascus": "Syria", "Baghdad": "Iraq", "Kabul": "Afghanistan",
    "Islamabad": "Pakistan", "Manila": "Philippines", "Jakarta": "Indonesia",
    "Bangkok": "Thailand", "Pretoria": "South Africa", "Brasilia": "Brazil",
    "Mexico City": "Mexico", "Caracas": "Venezuela", "Havana": "Cuba", "Minsk": "Belarus",
    "Tbilisi": "Georgia", "Yerevan": "Armenia", "Baku": "Azerbaijan", "Beirut": "Lebanon",
    "Amman": "Jordan", "Doha": "Qatar", "Abu Dhabi": "United Arab Emirates",
    "Athens": "Greece", "Stockholm": "Sweden", "Oslo": "Norway", "Helsinki": "Finland",
    "Copenhagen": "Denmark", "Vienna": "Austria", "Budapest": "Hungary", "Prague": "Czech Republic",
    "Bucharest": "Romania", "Sofia": "Bulgaria", "Belgrade": "Serbia", "Dublin": "Ireland",
    "Lisbon": "Portugal", "Amsterdam": "Netherlands", "The Hague": "Netherlands",
    "Bern": "Switzerland", "Wellington": "New Zealand", "Naypyidaw": "Myanmar",
    "Ulaanbaatar": "Mongolia", "Phnom Penh": "Cambodia", "Vientiane": "Laos",
    "Kuala Lumpur": "Malaysia", "Dhaka": "Bangladesh", "Colombo": "Sri Lanka",
    "Kathmandu": "Nepal", "Tashkent": "Uzbekistan", "Astana": "Kazakhstan",
    "Nairobi": "Kenya", "Addis Ababa": "Ethiopia", "Abuja": "Nigeria", "Khartoum": "Sudan",
    "Tripoli": "Libya", "Tunis": "Tunisia", "Algiers": "Algeria", "Rabat": "Morocco",
    "Buenos Aires": "Argentina", "Santiago": "Chile", "Lima": "Peru", "Bogota": "Colombia",
    "Quito": "Ecuador", "Kinshasa": "Democratic Republic of the Congo",
}
# institutions named by their seat
SEATS: dict[str, str] = {
    "White House": "United States", "Kremlin": "Russia", "Pentagon": "United States",
    "Downing Street": "United Kingdom", "Elysee": "France", "Élysée": "France",
    "Blue House": "South Korea", "Zhongnanhai": "China", "Whitehall": "United Kingdom",
    "State Department": "United States", "Capitol Hill": "United States",
    "Yongsan": "South Korea", "Quai d'Orsay": "France",
}

# ---------------------------------------------------------------------------------------
# Countries: "Name (alias; alias) | demonym; demonym"
# ---------------------------------------------------------------------------------------

_COUNTRIES = """
Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Andorra|Andorran
Angola|Angolan
Antigua and Barbuda|Antiguan
Argentina|Argentine;Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani;Azeri
Bahamas|Bahamian
Bahrain|Bahraini
Bangladesh|Bangladeshi
Barbados|Barbadian
Belarus|Belarusian
Belgium|Belgian
Belize|Belizean
Benin|Beninese
Bhutan|Bhutanese
Bolivia|Bolivian
Bosnia and Herzegovina (Bosnia)|Bosnian
Botswana|Botswanan
Brazil|Brazilian
Brunei|Bruneian
Bulgaria|Bulgarian
Burkina Faso|Burkinabe
Burundi|Burundian
Cambodia|Cambodian
Cameroon|Cameroonian
Canada|Canadian
Cape Verde|Cape Verdean
Central African Republic|
Chad|Chadian
Chile|Chilean
China (People's Republic of China; PRC; Mainland China)|Chinese
Colombia|Colombian
Comoros|Comoran
Republic of the Congo (Congo-Brazzaville)|
Democratic Republic of the Congo (DR Congo; DRC; Congo)|Congolese
Costa Rica|Costa Rican
Croatia|Croatian
Cuba|Cuban
Cyprus|Cypriot
Czech Republic (Czechia)|Czech
Denmark|Danish
Djibouti|Djiboutian
Dominica|
Dominican Republic|Dominican
Ecuador|Ecuadorian
Egypt|Egyptian
El Salvador|Salvadoran
Equatorial Guinea|
Eritrea|Eritrean
Estonia|Estonian
Eswatini (Swaziland)|Swazi
Ethiopia|Ethiopian
Fiji|Fijian
Finland|Finnish
France|French
Gabon|Gabonese
Gambia|Gambian
Georgia|Georgian
Germany|German
Ghana|Ghanaian
Greece|Greek
Grenada|Grenadian
Guatemala|Guatemalan
Guinea|Guinean
Guinea-Bissau|
Guyana|Guyanese
Haiti|Haitian
Honduras|Honduran
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian
Iraq|Iraqi
Ireland|Irish
Israel|Israeli
Italy|Italian
Ivory Coast (Côte d'Ivoire; Cote d'Ivoire)|Ivorian
Jamaica|Jamaican
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh;Kazakhstani
Kenya|Kenyan
Kiribati|
Kosovo|Kosovar
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Laos|Lao;Laotian
Latvia|Latvian
Lebanon|Lebanese
Lesotho|
Liberia|Liberian
Libya|Libyan
Liechtenstein|
Lithuania|Lithuanian
Luxembourg|
Madagascar|Malagasy
Malawi|Malawian
Malaysia|Malaysian
Maldives|Maldivian
Mali|Malian
Malta|Maltese
Marshall Islands|
Mauritania|Mauritanian
Mauritius|Mauritian
Mexico|Mexican
Micronesia|
Moldova|Moldovan
Monaco|Monegasque
Mongolia|Mongolian
Montenegro|Montenegrin
Morocco|Moroccan
Mozambique|Mozambican
Myanmar (Burma)|Burmese
Namibia|Namibian
Nauru|
Nepal|Nepali;Nepalese
Netherlands (Holland; the Netherlands)|Dutch
New Zealand|
Nicaragua|Nicaraguan
Niger|Nigerien
Nigeria|Nigerian
North Korea (N. Korea; N.Korea; DPRK; Democratic People's Republic of Korea)|North Korean;N. Korean
North Macedonia (Macedonia)|Macedonian
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Palau|
Palestine (Palestinian territories)|Palestinian
Panama|Panamanian
Papua New Guinea|
Paraguay|Paraguayan
Peru|Peruvian
Philippines (the Philippines)|Filipino;Philippine
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia (Russian Federation)|Russian
Rwanda|Rwandan
Saudi Arabia|Saudi
Senegal|Senegalese
Serbia|Serbian
Seychelles|
Sierra Leone|
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
Solomon Islands|
Somalia|Somali
South Africa|South African
South Korea (Republic of Korea; ROK; S. Korea; Korea)|South Korean;S. Korean;Korean
South Sudan|South Sudanese
Spain|Spanish
Sri Lanka|Sri Lankan
Sudan|Sudanese
Suriname|
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik
Tanzania|Tanzanian
Thailand|Thai
Timor-Leste (East Timor)|Timorese
Togo|Togolese
Tonga|Tongan
Trinidad and Tobago|
Tunisia|Tunisian
Turkey (Türkiye; Turkiye)|Turkish
Turkmenistan|Turkmen
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates (UAE; U.A.E.)|Emirati
United Kingdom (UK; U.K.; Britain; Great Britain)|British
United States (US; U.S.; USA; U.S.A.; America; United States of America)|American
Uruguay|Uruguayan
Uzbekistan|Uzbek
Vanuatu|
Vatican (Holy See; Vatican City)|
Venezuela|Venezuelan
Vietnam (Viet Nam)|Vietnamese
Yemen|Yemeni
Zambia|Zambian
Zimbabwe|Zimbabwean
England|English
Scotland|Scottish
Wales|Welsh
Northern Ireland|
Hong Kong|
European Union|
"""


def _parse_countries(block: str) -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    """Index of lowercase token tuples -> canonical country name; plus demonym tuples."""
    index: dict[tuple[str, ...], str] = {}
    demonyms: set[tuple[str, ...]] = set()
    for row in block.strip().splitlines():
        names, _, dem = row.partition("|")
        canon, _, rest = names.partition(" (")
        canon = canon.strip()
        forms = [canon] + [a.strip() for a in rest.rstrip(")").split(";") if a.strip()]
        for f in forms:
            index[tuple(f.lower().split())] = canon
        for d in dem.split(";"):
            d = d.strip()
            if d:
                key = tuple(d.lower().split())
                index.setdefault(key, canon)
                demonyms.add(key)
    return index, frozenset(demonyms)


COUNTRY_INDEX, DEMONYM_KEYS = _parse_countries(_COUNTRIES)
# every written form of a country's name, lower case ("the netherlands", "south korea", "rok")
COUNTRY_FORMS: frozenset[str] = frozenset(" ".join(k) for k in COUNTRY_INDEX)
# words that never start a country on their own line ("Korean Peninsula" is a place)
COUNTRY_BLOCKERS: frozenset[str] = _words("peninsula war wave studies language airlines air")
COUNTRY_FIRST_TOKENS: frozenset[str] = frozenset(k[0] for k in COUNTRY_INDEX)
# organisations known by a name with no organisation word in it, which the rules would read
# as a person's name ("Amnesty International said", "the Red Cross said") or miss
KNOWN_ORGS: dict[tuple[str, ...], str] = {
    tuple(name.lower().split()): name
    for name in (
        "Red Cross", "Red Crescent", "Amnesty International", "Human Rights Watch",
        "Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières",
        "Reporters Without Borders", "Save the Children", "Transparency International",
        "Greenpeace", "Oxfam", "Global Witness", "Friends of the Earth", "Extinction Rebellion",
        "Refugees International", "Airwars", "Bellingcat", "Human Rights First",
    )
}
# their first words as written: a set look-up per capitalised run, with no lower-casing
KNOWN_ORG_FIRST_WORDS: frozenset[str] = frozenset(name.split()[0] for name in KNOWN_ORGS.values())
MAX_KNOWN_ORG_TOKENS = max(len(k) for k in KNOWN_ORGS)

MAX_COUNTRY_TOKENS = max(len(k) for k in COUNTRY_INDEX)

# ---------------------------------------------------------------------------------------
# Person names
# ---------------------------------------------------------------------------------------

# romanised East-Asian family names (Korean, Chinese, Vietnamese): written first
EAST_ASIAN_SURNAMES: frozenset[str] = _words(
    """
    Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang
    Lim Im Rim Han Hahn Oh Seo Suh Shin Sin Kwon Hwang Ahn Song Jeon Jun Chun Hong Yoo Yu Ryu
    Ryoo Ko Koh Moon Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Noh Roh Kwak Sung Seong Cha
    Joo Ju Woo Min Jin Ji Um Eom Chae Won Bang Kong Hyun Hyeon Ham Byun Byeon Yeom Yeo Choo
    Chu Doo Seok Suk Gil Pyo Myung Ban Ra Kil Tak Maeng Ri Shim Sim Hyon Ku Koo Gu Nah Tae
    Gong Jeong Jegal Namgung Hwangbo Sunwoo Seonu Dokgo Wi Yeon Kye Ok Pi Bong Eun Ryeo
    Wang Li Zhang Liu Chen Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Gao Lin Luo Zheng Liang Xie
    Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Du Ye Cheng Wei Su Lu
    Ding Ren Shen Yao Cui Zhong Tan Fan Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu
    Hou Yin Xue Yan Duan Lei Long Shao Wan Qian Hao Mao Qi Xi Xing Xin Nong Bo Hua Ge Bi
    Geng Lai Chiang Teo Ng Wong Chan Cheung Lam Leung Tsang Tse Yip Lau Kwok Chow Fung Tsai
    Hsu Ong Goh Tay Toh Quek Lui Mak Kuo Hsieh Hsiao Tseng Huang Kung Yeh Kao Chiu Yeung
    Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly Truong Dinh Trinh Luu
    Chua Seah Heng Chia Kwek Foo Yeoh Ang Sng Neo Poh Khoo Chong Loh Low Pang Soh Tham Wee
    """
)
# Vietnamese family names: Vietnamese writing refers to a person by the given name, the
# last word ("Tran Duc Khanh" is later "Khanh")
VIETNAMESE_SURNAMES: frozenset[str] = _words(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh trinh "
    "luu mai cao lam ha ta"
)

# English words that collide with a surname above; such tokens need more evidence
SURNAME_COLLISIONS: frozenset[str] = _words(
    "he do so no an go oh to yu ye bo ma ha ko ho long song sun moon won park young gil "
    "ban ra min han bang kong ham wan fan tan lam ng mak ku gu pi bong ok sin son hong"
)

# common Japanese family names: Japanese and Korean outlets (and more Western ones lately)
# write "Kishida Fumio", family name first; most Western outlets flip it ("Fumio Kishida")
JAPANESE_SURNAMES: frozenset[str] = _words(
    """
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida
    yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda
    hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami
    kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto
    matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda
    morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi
    ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano
    otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo kikuchi nomura arai
    tanabe moriyama kishida ishiba koizumi takaichi motegi suga kono kishi nishida hirose
    oda kawaguchi kawasaki shimada yano tsuchiya hoshino nagai kojima iwata nakata yamauchi
    sano kurihara ogata akiyama matsushita hattori kawamura okabe kanda nagata mizuno koyama
    toyoda uehara yoshikawa kaneda hirata hamada ozawa kuroda ohashi amano nishikawa
    kitamura takano yasuda sakata okubo oshima kamei edano tamaki hagiuda hamaguchi
    kuroki nakatani kuwahara shiina tsuji hayashida kawano yoshimura nakasone fukushima
    morimoto
    """
)
# endings of Japanese family names that no common given name has ("Moriyama", "Kurosawa")
JAPANESE_SURNAME_ENDINGS: tuple[str, ...] = (
    "yama", "kawa", "gawa", "moto", "mura", "shita", "hara", "wara", "bara", "zaki", "shima",
    "jima", "zawa", "sawa", "bayashi", "hashi", "numa", "tani", "kubo", "naka", "uchi", "oka",
)
# Japanese given names whose gender their ending does not tell (or tells wrongly)
JAPANESE_GIVEN: dict[str, str] = {
    "yuki": "", "hikaru": "", "kaoru": "", "aki": "", "nao": "", "haru": "", "masami": "",
    "hiromi": "", "kazumi": "", "yoshimi": "", "chiaki": "", "jun": "", "shin": "m", "ren": "",
    "akira": "m", "ken": "m", "takumi": "m", "katsumi": "m", "tatsumi": "m", "hideyo": "m",
    "makoto": "m", "shigeru": "m", "mamoru": "m", "noboru": "m", "wataru": "m", "takeru": "m",
    "minoru": "m", "osamu": "m", "susumu": "m", "tsutomu": "m", "isamu": "m", "sanae": "f",
    "mizuki": "f", "misaki": "f", "saki": "f", "maki": "f", "miki": "f", "yui": "f", "ai": "f",
    "mai": "f", "rei": "", "kei": "", "yoshihide": "m", "hidenori": "m", "toshinori": "m",
    "yoshihiko": "m", "shinzo": "m", "taro": "m", "fumio": "m", "kenji": "m", "hiroshi": "m",
    "yoko": "f", "keiko": "f", "naomi": "f", "tomomi": "f", "megumi": "f", "ayumi": "f",
}
# endings of Japanese given names with the gender they mostly tell, longest first; "-hiko"
# (Akihiko) is male although it ends in "-ko"
JAPANESE_GIVEN_ENDINGS: tuple[tuple[str, str], ...] = (
    ("suke", "m"), ("hiko", "m"), ("hiro", "m"), ("ichi", "m"), ("nori", "m"), ("shi", "m"),
    ("hei", "m"), ("pei", "m"), ("uo", "m"), ("io", "m"), ("ro", "m"), ("ji", "m"), ("ta", "m"),
    ("ya", "m"), ("ki", "m"),
    ("ko", "f"), ("mi", "f"), ("yo", "f"), ("ae", "f"), ("ie", "f"), ("ue", "f"), ("na", "f"),
    ("ka", "f"),
)

_MALE = """
aaron abdul abdullah abe adam adrian ahmed ahmad akira alan albert alberto alejandro
aleksandr aleksei alex alexander alexandre alexei alexey ali amir anatoly andre andrea
andrei andres andrew andrey andrzej angel anthony antonio anton arnold arthur ashraf
barack ben benjamin bernard bill billy bob boris brad bradley brandon brian bruce carl
carlos charles chris christian christopher colin craig dan daniel dario darren david
dean dennis derek dmitri dmitry dominic don donald douglas duncan dylan eddie edward
elon emmanuel enrique eric erik evan evgeny fabio felipe fernando francis francisco
frank franz fred frederick friedrich gabriel gareth gary gavin geoffrey george gerald
gerhard giorgia giovanni giuseppe gordon graham grant greg gregory guillermo gustavo hamid
hans harold harry hassan hector henry herbert hiroshi howard hugh hugo ian igor ilya isaac
ivan jack jacob jaime jake james jamie jan jared jason javier jean jeff jeffrey jeremy
jerome jesse jim jimmy joachim joe joel johan john johnny jon jonathan jordan jorge jose
joseph josh joshua juan julian justin kamal karl keir keith ken kenji kenneth kevin khalid
kirill klaus kurt kyle lars lawrence lee leo leon leonard leonid liam lloyd louis luc luca
lucas luis luiz luke manuel marc marco marcus mario mark martin mateo matt matthew maurice
max maxim michael miguel mike mikhail mitch mohamed mohammad mohammed muhammad nathan neil
nicholas nick nicolas nikolai nikita noah norman olaf oleg oliver omar oscar owen pablo
patrick paul pavel pedro pep peter philip philippe pierre rafael ralph ramon randy ray
raymond recep ricardo richard rick rishi rob robert roberto rodrigo roger roman ron ronald
ross roy ruslan russell ryan salman sam samuel sanjay satoshi scott sean sebastian sergei
sergey sergio seth shane shinzo simon stefan stephen steve steven stuart sunil takehiro
ted terry thomas tim timothy todd tom tommy tony travis tyler uri valery victor vincent
viktor vladimir volodymyr walter wayne william yasuhiro yevgeny yoshihide yuri yury yusuf
zachary fumio taro shigeru naoki hideki kazuo koji makoto masato hiroyuki takeshi will tomas
narendra rahul amit vijay raj arvind xavier wilfried pedro benoit ahmet mehmet mustafa
recep emre olivier jens mark-paul antony lionel cristiano kylian erling harry jurgen
mikel ange jose thiago neymar luka virgil bukayo declan marcus raheem kieran
phil pete steve rob bob nate ted dave andy tony danny jamie marek tomasz piotr pawel ketil
joao pedro paulo luiz luis carlos jose antonio francisco manuel miguel jorge sergio
fernando ricardo eduardo rodrigo gustavo andres alejandro diego javier raul enrique
efrain gilberto rogelio hector arturo ernesto alfredo salvador ignacio santiago
ahmed mohamed mahmoud mustafa hassan hussein ali omar khaled walid tariq yasser nabil
karim samir faisal fahd sultan abdullah abdulaziz abdulrahman saud bandar turki nasser
hamad hamid rashid saeed salem majid adel emad hazem sami ziad ibrahim ismail yousef youssef
recep emre murat kemal cem burak
arjun rahul rajesh suresh ramesh mahesh ganesh dinesh vikram sanjay ajay vijay anil sunil
manoj ashok pradeep naveen prakash ravi shankar siddaramaiah narendra amit rajnath nitin
piyush arvind akhilesh yogi shivraj devendra uddhav eknath
chukwuemeka emeka chinedu obinna tunde olusegun bola kwame kofi kwabena yaw uhuru william
cyril jacob thabo sipho themba jacob mandla bongani lungisani
jean-pierre jean-luc jean-marc jean-claude francois olivier thierry pascal laurent
sebastien nicolas emmanuel gerald gabriel bruno didier herve yannick mathieu
friedrich joachim wolfgang helmut gerhard jurgen dieter rainer lars olaf markus tobias
karl-heinz hans-peter klaus-dieter heiko florian lukas jonas maximilian
piet jan pieter joost willem maarten bart dirk
sven nils lars erik henrik anders magnus bjorn olav
volodymyr oleksandr oleksiy andriy mykola mykhailo serhiy dmytro vitaliy yuriy petro
vladimir sergei dmitry alexei andrei mikhail nikolai ivan pavel yevgeny
andrzej piotr tomasz krzysztof pawel marek
hiroshi takashi kenji kazuo hideki masahiro satoshi akira makoto tetsuya shinji koichi
yoshihiko yasuhiro shinzo fumio taro shigeru hirokazu
min-soo jae-hyun sung-ho dong-hyun young-soo kyung-soo jin-woo seung-woo
wei ming jian hao jun lei feng tao qiang gang
budi agus joko bambang rizal
liam sean conor ciaran padraig eoin declan cathal
dwayne darnell tyrone marcus jamal deshawn malik andre terrence
"""
_FEMALE = """
abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana
anastasia andrea angela angelina anita ann anna anne annie antonia barbara beatriz betty
beverly brenda bridget brittany camila carla carmen carol caroline catherine cecilia
charlotte chloe christina christine claire clara claudia cynthia daniela deborah denise
diana diane donna doris dorothy elena elisabeth elizabeth ella ellen emily emma erin
eva evelyn fatima fiona florence frances francesca gabriela gabrielle gina giorgia gloria
grace hannah harriet heather helen helena hillary ingrid irene isabel isabella jacqueline
jane janet janice jasmine jean jennifer jessica jill joan joanna jocelyn josephine joy
joyce judith judy julia julie kamala karen kate katherine kathleen kathryn katie kelly
kim kimberly kristen kristina laura lauren leah linda lisa liz lucia lucy lydia madeleine
margaret maria marie marina marine marion martha mary maya megan melania melissa mia
michelle monica nadia nancy natalia natalie natasha nicola nicole nina olga olivia pamela
patricia paula pauline penny priya rachel rebecca rita rosa rose ruth sabine sally samantha
sandra sara sarah serena sharon sheila shirley silvia simone sofia sonia sophia sophie
stephanie susan suzanne svetlana tamara tanya teresa theresa tiffany tina tracy ursula
valentina valerie vanessa veronica victoria virginia wendy yolanda yulia yuko yumiko
zoe keiko akiko naomi sanae yoko mariko tomoko indira sonia priyanka nikki liz kemi
rishi? giorgia annalena kaja roberta christine
sue jo kath liz beth meg peg deb miriam camille amira mette ingrid hannah
joanne joanna esther mercy ruth naledi thandiwe nomvula ngozi chiamaka adaeze folake funmilayo
amina zainab halima khadija maryam layla leila noor yasmin yasmine rania dalia salma hoda mona
huda lina nour farah reem hala samira nadine rana ayesha sana fatma zeynep elif ayse emine
meera anjali kavita sunita anita lakshmi deepa pooja neha shreya divya aparna nandini radhika
shilpa sushma smriti nirmala mamata jayalalithaa aruna rekha usha geeta sita savitri
maria luisa lucia carmen dolores pilar rocio mercedes guadalupe rosario ximena valeria
fernanda mariana paola daniela catalina juliana adriana alejandra lorena veronica
ana beatriz leticia marta ines raquel graca conceicao aparecida
siobhan niamh aoife ciara sinead roisin orla mairead grainne
sophie chloe manon camille elodie amelie celine nathalie sylvie brigitte isabelle
francoise helene martine valerie sandrine aurelie delphine agnes segolene anne-marie
ursula angela annalena ricarda katarina katrin sabine petra heike birgit anke ulrike
greta astrid ingrid sigrid kirsten mette hanne lise liv karin ulla
olena oksana iryna tetiana yulia natalia svetlana yelena ekaterina anastasia daria
agnieszka katarzyna malgorzata joanna ewa beata dorota
yuki haruka sakura aiko emiko kazuko michiko sachiko yoshiko mayumi naoko ayumi megumi
ji-hyun ji-yeon min-ji seo-yeon su-jin hye-jin eun-ji yoon-ah
mei ling xiu ying hui fang li-na xiaoyan
siti nurul dewi sri putri ayu
maricel maricar rosario jocelyn marites lorna
dana erin kelly shannon tracey tammy crystal heather holly carly kayla brooke
abby ashley megan lindsey whitney courtney lauren kristin allison
"""
MALE_FIRST_NAMES: frozenset[str] = _words(_MALE)
FEMALE_FIRST_NAMES: frozenset[str] = _words(_FEMALE) - {"rishi?"}
FIRST_NAMES: frozenset[str] = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES


def _given_names() -> dict[str, tuple[str, bool]]:
    """The wide list of given names (``data/given_names.tsv``, made from Faker's per-locale
    lists): name -> (usual gender or "", whether it is also an English word)."""
    out: dict[str, tuple[str, bool]] = {}
    path = Path(__file__).with_name("data") / "given_names.tsv"
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        name, gender, word = line.split("\t")
        out[name] = (gender, word == "w")
    return out


# About 19,000 given names from many countries, with gender: the hand-made lists above cover
# the common ones and their gender calls win; this one names the long tail ("Lorraine",
# "Thandeka").  Names that are also English words, countries or capitals are not evidence of a
# person by themselves, so they serve for gender only.
_WIDE = _given_names()
GIVEN_NAME_GENDER: dict[str, str] = {n: g for n, (g, _) in _WIDE.items()}
_PLACES = {p.lower() for p in (*COUNTRY_FORMS, *CAPITALS, *SEATS)}
WIDE_FIRST_NAMES: frozenset[str] = frozenset(n for n, (_, word) in _WIDE.items() if not word and n not in _PLACES)

# first names that are also ordinary words: weak evidence at the start of a sentence
AMBIGUOUS_FIRST_NAMES: frozenset[str] = _words(
    "will may mark bill art grant rose hope faith joy sun long young don jack bob ray jean "
    "dean frank grace lee kim amber ruth guy earl page dawn summer april june august carol "
    "max sam tom mike pat chase cliff drew gene glen holly ivy iris ken lance miles rich "
    "rob sky victor warren wayne wade"
)

NAME_PARTICLES: frozenset[str] = _words(
    "de del della der den van von zu zum zur vom da das dos du di la le bin ibn bint al el y ter ten st. abu"
)

# ---------------------------------------------------------------------------------------
# Common words: a capitalised token whose lower-case form is here is not a name by itself
# ---------------------------------------------------------------------------------------

COMMON_WORDS: frozenset[str] = _words(
    """
    a about above according across actually after afterwards again against ago ahead all
    outside behind beside beneath underneath past
    almost alone along already also although always am among amid an and another any
    anyone anything are around as at away back be because been before being below
    besides between beyond both but by can could despite did do does doing done down
    during each either else even ever every everyone everything except few first for
    former from further given had has have having he her here hers herself him himself his
    how however i if in including inside instead into is it its itself just last later
    least less like likely many may me meanwhile might mine more moreover most much must
    my near nearly neither never nevertheless next no nobody none nor not nothing now of
    off often on once one only onto or other others otherwise our ours out over own per
    perhaps please rather recently same several shall she should since so some someone
    something sometimes soon still such than that the their theirs them themselves then
    there therefore these they this those though through throughout thus to today together
    tomorrow too toward towards under unless unlike until up upon us very via was we well
    were what whatever when where whereas whether which while who whoever whole whom whose
    why will with within without would yes yet you your yours yesterday tonight
    first second third fourth fifth finally additionally furthermore hence indeed instead
    nonetheless overall similarly specifically still then thus ultimately unfortunately
    fortunately interestingly notably importantly consequently accordingly besides
    recently currently previously initially eventually originally apparently clearly
    obviously certainly surely probably possibly especially particularly generally
    usually typically normally mostly partly largely mainly simply merely only just
    new old big small great good bad high low long short large little major minor top
    senior junior former late early latest last next final full half open close free
    world national international global local public private official general special
    federal state city country government people news report today week month year day
    time life man woman child family group company business market economy policy plan
    show shows begin begins will relations willingness communicate improve change changes
    situation management needed difficult fundamental meaningful recent high-level level
    communications also text size close top join social special coverage related stories
    most viewed articles source comment comments same tag category author videos available
    heritage figure business product local branch ministry news no data
    why how what who where when which initiative adjusting
    breaking live update updated latest exclusive analysis opinion editorial watch read
    more share home sign log subscribe menu search photo video image images gallery
    click here view views print email follow advertisement sponsored
    """
)

# institution words that may end the "of/for/at" tail of a source's description, besides the
# organisation heads the attributor knows ("a spokesperson for the trust", "an official at
# the presidential office")
INSTITUTION_TAIL_NOUNS: frozenset[str] = _words(
    "trust brokerage consultancy exchange regulator federation association foundation "
    "institution hospital prison school college campaign party ministry office embassy "
    "consulate force forces service agency department bureau directorate secretariat "
    "headquarters operator utility insurer lender fund ombudsman inquiry tribunal"
)
