/**
 * The story's dated timeline of the 2023–2024 Israel–Hezbollah escalation, with background.
 *
 * Why it exists: the charts show what the raw data can show (weekly incidents, depth, alerts);
 * the timeline supplies the named events that readers need to interpret those curves.
 *
 * Writing rules (enforced in part by test/content.test.ts):
 * - Facts carry over, sentences don't. Every title and summary is written fresh, in a calm
 *   news-graphics register; no sentence is copied from a source. Quotes are short, in quotation
 *   marks and attributed in the text.
 * - Every event cites at least one real publication: the five spine articles in
 *   shared/sources, official documents, or news reports whose outlet, date and headline were
 *   checked against a stored copy. A `url` is given only where that exact address was seen.
 * - Dates are calendar days (local time in the region). `endDate` marks multi-day events.
 * - Events are in date order; places are approximate points for the map.
 */
import type { KeyEvent, SourceRef } from '@blueline/core';

/** The five reporting and analysis pieces the story is built around (see shared/sources). */
export const spineSources = {
  nytTruce: {
    outlet: 'The New York Times',
    date: '2024-07-02',
    headline: 'Israel Risks All-Out War With Hezbollah. A Truce in Gaza May Reduce That Threat.',
  },
  toiOffRamp: {
    outlet: 'The Times of Israel',
    date: '2024-06-27',
    headline: 'US, Israel see easing of Gaza fighting as Hezbollah ‘off-ramp’ to avoid war',
    author: 'Jacob Magid',
  },
  csisEscalating: {
    outlet: 'Center for Strategic and International Studies (CSIS)',
    date: '2024-10-04',
    headline: 'Escalating to All-Out War between Israel, Hezbollah, and Iran',
    author: 'Daniel Byman, Seth G. Jones, Alexander Palmer',
  },
  cnnAssurances: {
    outlet: 'CNN',
    date: '2024-06-21',
    headline:
      'US offers assurances to Israel this week in the event of full-blown war with Hezbollah',
    author: 'MJ Lee',
  },
  cnnNotPushing: {
    outlet: 'CNN',
    date: '2024-10-07',
    headline:
      'US is not currently pushing to revive Israel-Hezbollah ceasefire deal, officials say',
  },
} as const satisfies Record<string, SourceRef>;

const UNSC_1701: SourceRef = {
  outlet: 'United Nations Security Council',
  date: '2006-08-11',
  headline: 'Resolution 1701 (2006), S/RES/1701 (2006)',
};

/** Approximate points used on the map. */
const BEIRUT = { name: 'Beirut', lat: 33.89, lon: 35.5 } as const;
const SHEBAA_FARMS = { name: 'Shebaa Farms', lat: 33.3, lon: 35.72 } as const;
const TEHRAN = { name: 'Tehran', lat: 35.69, lon: 51.39 } as const;

export const timeline: KeyEvent[] = [
  {
    id: 'israel-withdraws-from-south-lebanon',
    date: '2000-05-24',
    title: 'Israel ends its occupation of south Lebanon',
    summary:
      'The last Israeli soldiers left the “security zone” in southern Lebanon that Israel had held for years, and Hezbollah fighters moved into the ground they vacated. Hezbollah, whose guerrilla attacks had worn down the occupation, claimed the pullout as a victory.',
    tags: ['background'],
    sources: [
      {
        outlet: 'Los Angeles Times',
        date: '2000-05-24',
        headline: 'Israel Leaves South Lebanon After 22 Years',
        url: 'https://www.latimes.com/archives/la-xpm-2000-may-24-mn-33497-story.html',
      },
      {
        outlet: 'BBC News',
        date: '2000-05-24',
        headline: 'Israel quits Lebanon',
        url: 'http://news.bbc.co.uk/2/hi/middle_east/761582.stm',
      },
      spineSources.csisEscalating,
    ],
  },
  {
    id: 'war-2006',
    date: '2006-07-12',
    endDate: '2006-08-14',
    title: 'The 2006 war: 34 days of fighting',
    summary:
      'A Hezbollah raid into Israel, in which two soldiers were seized, set off a war that lasted 34 days. By the CSIS count it left more than 100 Israelis and about 500 Hezbollah fighters dead, and large parts of Lebanon were wrecked.',
    tags: ['background'],
    sources: [UNSC_1701, spineSources.csisEscalating],
  },
  {
    id: 'resolution-1701',
    date: '2006-08-11',
    title: 'UN Security Council adopts Resolution 1701',
    summary:
      'The Council voted unanimously for a full cessation of hostilities, with Lebanese troops and an enlarged UNIFIL to take over the south as Israeli forces left. The text bars any armed personnel or weapons other than those of the Lebanese state and the UN between the Blue Line and the Litani River.',
    tags: ['background', 'united-nations', 'ceasefire'],
    sources: [
      UNSC_1701,
      {
        outlet: 'BBC News',
        date: '2006-08-12',
        headline: 'UN vote backs Lebanon ceasefire',
        url: 'http://news.bbc.co.uk/2/hi/middle_east/4785001.stm',
      },
    ],
  },
  {
    id: 'hamas-attack-oct-7',
    date: '2023-10-07',
    title: 'Hamas-led attack on southern Israel',
    summary:
      'Thousands of fighters led by Hamas stormed out of Gaza into Israeli towns and army posts, killing about 1,200 people and taking 251 hostages. The war Israel then launched in Gaza became the stated reason for, and the backdrop to, the fighting on the Lebanese border.',
    tags: ['gaza', 'background'],
    sources: [spineSources.toiOffRamp, spineSources.csisEscalating],
  },
  {
    id: 'hezbollah-opens-front',
    date: '2023-10-08',
    title: 'Hezbollah opens a second front at Shebaa Farms',
    summary:
      'The day after the Hamas attack, Hezbollah fired on three Israeli positions in the disputed Shebaa Farms, saying it acted in solidarity with the Palestinians, and Israel shelled the launch area in return. It was the first of almost daily cross-border exchanges that the group tied to the war in Gaza.',
    place: SHEBAA_FARMS,
    tags: ['hezbollah-fire', 'israeli-strike', 'escalation'],
    sources: [
      spineSources.toiOffRamp,
      {
        outlet: 'The Palestine Chronicle',
        date: '2023-10-08',
        headline: 'Hezbollah Launches New Attacks Targeting Israeli Positions in Shebaa Farms',
        url: 'https://www.palestinechronicle.com/hezbollah-launches-new-attacks-targeting-israeli-positions-in-shebaa-farms/',
      },
    ],
  },
  {
    id: 'journalist-killed-alma-al-shaab',
    date: '2023-10-13',
    title: 'Reuters videographer killed near the border',
    summary:
      'Issam Abdallah, a video journalist for Reuters, was killed when Israeli fire hit a group of reporters filming near Alma al-Shaab in south Lebanon. Six other journalists, among them an Al Jazeera crew, were wounded.',
    place: { name: 'Alma al-Shaab', lat: 33.1, lon: 35.18 },
    tags: ['civilians', 'israeli-strike'],
    sources: [
      {
        outlet: 'Egyptian Streets',
        date: '2023-10-13',
        headline: 'Reuters Journalist Issam Abdallah Killed in Israeli Strike on Lebanon',
        url: 'https://egyptianstreets.com/2023/10/13/reuters-journalist-issam-abdallah-killed-in-israeli-strike-on-lebanon/',
      },
      {
        outlet: 'WION',
        date: '2023-10-14',
        headline:
          'Israel-Hamas war: One journalist killed, six wounded in shelling along Lebanon border',
        url: 'https://www.wionews.com/world/israel-hamas-war-one-journalist-killed-six-wounded-in-shelling-along-lebanon-border-646544',
      },
    ],
  },
  {
    id: 'nasrallah-first-speech',
    date: '2023-11-03',
    title: 'Nasrallah breaks his silence',
    summary:
      'In his first speech since the Hamas attack, Hezbollah’s leader said the group had entered the battle on 8 October and that “all options are open”, but he did not declare all-out war. He warned that any Israeli escalation on the border would be answered in kind.',
    tags: ['gaza', 'hezbollah-fire'],
    sources: [
      {
        outlet: 'The National',
        date: '2023-11-03',
        headline: '‘All options are open’ for Lebanon-Israel front, Hassan Nasrallah says',
        url: 'https://www.thenationalnews.com/mena/palestine-israel/2023/11/03/all-options-are-open-for-lebanon-israel-front-hassan-nasrallah-says/',
      },
    ],
  },
  {
    id: 'gaza-truce',
    date: '2023-11-24',
    endDate: '2023-12-01',
    title: 'Gaza truce brings a week of quiet to the north',
    summary:
      'A temporary truce between Israel and Hamas began in Gaza on 24 November. Lebanon was not formally covered, yet firing across the border largely stopped for the week and resumed once the pause in Gaza broke down.',
    tags: ['gaza', 'ceasefire'],
    sources: [
      {
        outlet: 'People’s Daily (Xinhua)',
        date: '2023-11-24',
        headline: 'Israel-Hamas truce deal takes effect',
        url: 'http://en.people.cn/n3/2023/1124/c90000-20102021.html',
      },
      spineSources.toiOffRamp,
    ],
  },
  {
    id: 'arouri-killed',
    date: '2024-01-02',
    title: 'Hamas deputy leader killed in Beirut',
    summary:
      'A blast at a Hamas office in Dahiyeh, the Hezbollah-run southern suburbs of Beirut, killed Saleh al-Arouri, deputy head of the Hamas political bureau, and others with him. Lebanon’s state news agency blamed an Israeli drone; Israel declined to comment, and Hezbollah had long threatened to retaliate for such killings on Lebanese soil.',
    place: { name: 'Dahiyeh, Beirut', lat: 33.86, lon: 35.5 },
    tags: ['targeted-killing', 'israeli-strike', 'gaza'],
    sources: [
      {
        outlet: 'Hindustan Times',
        date: '2024-01-02',
        headline: 'Hamas deputy head Saleh Arouri killed in explosion in Beirut, Hezbollah says',
        url: 'https://www.hindustantimes.com/world-news/hamas-deputy-head-saleh-arouri-killed-in-explosion-in-beirut-hezbollah-says-101704214118829.html',
      },
      {
        outlet: 'Associated Press (via The National Herald)',
        date: '2024-01-02',
        headline:
          'Top Hamas Official Saleh Arouri, Who Headed West Bank Operations, Killed in Beirut Blast',
        url: 'https://www.thenationalherald.com/top-hamas-official-saleh-arouri-who-headed-west-bank-operations-killed-in-beirut-blast/',
      },
    ],
  },
  {
    id: 'tawil-killed',
    date: '2024-01-08',
    title: 'Radwan commander Wissam al-Tawil killed',
    summary:
      'A missile hit the car of Wissam al-Tawil, a senior officer in Hezbollah’s elite Radwan force, in the southern village of Majdal Selm, killing him and another fighter. Israel reported strikes on Hezbollah targets that day but did not confirm the killing.',
    place: { name: 'Majdal Selm', lat: 33.2, lon: 35.45 },
    tags: ['targeted-killing', 'israeli-strike'],
    sources: [
      {
        outlet: 'The Times of Israel',
        date: '2024-01-08',
        headline:
          'Senior Hezbollah commander killed in alleged Israeli strike as border tensions mount',
        url: 'https://www.timesofisrael.com/senior-hezbollah-commander-killed-in-alleged-israeli-strike-as-border-tensions-mount/',
      },
    ],
  },
  {
    id: 'iran-attack-april',
    date: '2024-04-13',
    endDate: '2024-04-14',
    title: 'Iran’s first direct attack on Israel',
    summary:
      'Iran sent more than 300 drones and missiles toward Israel overnight, answering an earlier strike on its diplomatic compound in Damascus that killed senior Revolutionary Guards officers. Israel and its partners brought down nearly all of them, and damage was slight.',
    tags: ['iran', 'escalation'],
    sources: [
      {
        outlet: 'Axios',
        date: '2024-04-13',
        headline: 'Iran launches retaliatory drone and missile attack on Israel',
        url: 'https://www.axios.com/2024/04/13/iran-israel-attack',
      },
      {
        outlet: 'NPR',
        date: '2024-04-13',
        headline: 'Israel shoots down missiles and drones after Iran launches unprecedented attack',
      },
    ],
  },
  {
    id: 'taleb-abdallah-killed',
    date: '2024-06-11',
    title: 'Senior commander Taleb Abdallah killed',
    summary:
      'An Israeli strike late in the evening on Jouaiya, some 15 km from the border, killed Taleb Abdallah, who commanded Hezbollah’s central sector of the front, along with three other fighters. Hezbollah answered with what Reuters called its biggest rocket and drone barrages of the war to that point.',
    place: { name: 'Jouaiya', lat: 33.23, lon: 35.33 },
    tags: ['targeted-killing', 'israeli-strike', 'hezbollah-fire'],
    sources: [
      {
        outlet: 'Naharnet',
        date: '2024-06-12',
        headline: 'Senior Hezbollah commander and 4 fighters killed in Israeli strike in Jwaya',
        url: 'https://www.naharnet.com/stories/en/305862-senior-hezbollah-commander-and-3-fighters-killed-in-israeli-strike-in-jwaya',
      },
      {
        outlet: 'The Japan News (Reuters)',
        date: '2024-06-12',
        headline:
          'Israeli Strike on South Lebanon Kills Senior Hezbollah Commander, Three Fighters',
        url: 'https://japannews.yomiuri.co.jp/?p=191418',
      },
      {
        outlet: 'Devdiscourse (Reuters)',
        date: '2024-07-03',
        headline: 'Hezbollah’s Top Commander Mohammed Nasser Killed in Israeli Strike',
        url: 'https://devdiscourse.com/article/law-order/3005129-hezbollahs-top-commander-mohammed-nasser-killed-in-israeli-strike',
      },
    ],
  },
  {
    id: 'hochstein-shuttle',
    date: '2024-06-17',
    endDate: '2024-06-18',
    title: 'Hochstein shuttles between Israel and Lebanon',
    summary:
      'US envoy Amos Hochstein saw Israeli leaders and then flew to Beirut, where he told Lebanese officials the fighting across the Blue Line had lasted long enough and needed a quick diplomatic settlement. Working alongside French officials, Washington hoped a Gaza deal would open the way to calm in the north.',
    place: BEIRUT,
    tags: ['diplomacy'],
    sources: [
      {
        outlet: 'L’Orient Today',
        date: '2024-06-18',
        headline:
          'Hochstein arrives in Beirut, ‘Washington is trying to avoid a greater war between Israel and Hezbollah.’',
        url: 'https://today.lorientlejour.com/article/1417586/after-arriving-in-beirut-hochstein-begins-the-latest-leg-of-his-regional-de-escalation-tour.html',
      },
      {
        outlet: 'LBCI',
        date: '2024-06-18',
        headline:
          'Amos Hochstein urges diplomatic end to Israel-Hezbollah escalation in Lebanon visit',
        url: 'https://www.lbcgroup.tv/news/lebanon-news/779205/amos-hochstein-urges-diplomatic-end-to-israel-hezbollah-escalation-in/en',
      },
      spineSources.cnnAssurances,
      spineSources.nytTruce,
    ],
  },
  {
    id: 'idf-approves-lebanon-plans',
    date: '2024-06-18',
    title: 'Israeli army signs off on plans for a Lebanon offensive',
    summary:
      'Israel’s Northern Command and its operations directorate said they had approved and validated plans for an offensive in Lebanon and would keep raising troop readiness. The same day Foreign Minister Israel Katz warned that Hezbollah would be destroyed in a “total war”.',
    tags: ['escalation', 'ground-operation'],
    sources: [
      {
        outlet: 'Sharjah24 (AFP)',
        date: '2024-06-18',
        headline: 'Israel approves operational plans for an offensive in Lebanon',
        url: 'https://sharjah24.ae/en/Articles/2024/06/18/Israel-approves-operational-plans-for-an-offensive-in-Lebanon',
      },
      {
        outlet: 'Devdiscourse (Reuters)',
        date: '2024-06-19',
        headline: 'IDF Greenlights Offensive Plans in Lebanon Amid Rising Tensions',
        url: 'https://www.devdiscourse.com/article/law-order/2987437-idf-greenlights-offensive-plans-in-lebanon-amid-rising-tensions',
      },
    ],
  },
  {
    id: 'us-assurances',
    date: '2024-06-21',
    title: 'US pledges backing if a full war breaks out',
    summary:
      'CNN reported that senior US officials had told a visiting Israeli delegation, including Ron Dermer and Tzachi Hanegbi, that Washington would provide the security help Israel needed in a full war with Hezbollah, though not American ground troops. The talks also explored “off-ramps” and ways to bring displaced people home on both sides.',
    tags: ['diplomacy'],
    sources: [spineSources.cnnAssurances],
  },
  {
    id: 'off-ramp-talks',
    date: '2024-06-24',
    endDate: '2024-06-27',
    title: 'Gallant in Washington: a Gaza drawdown as an off-ramp',
    summary:
      'During Defence Minister Yoav Gallant’s visit to Washington, US and Israeli officials weighed whether winding down the intense phase of fighting in Gaza could let Hezbollah halt its attacks without a formal ceasefire. Officials told the Times of Israel that the US feared a regional war if the border fighting kept escalating.',
    tags: ['diplomacy', 'gaza'],
    sources: [spineSources.toiOffRamp],
  },
  {
    id: 'mohammed-nasser-killed',
    date: '2024-07-03',
    title: 'Senior commander Mohammed Nasser killed near Tyre',
    summary:
      'An Israeli strike outside Tyre killed Mohammed Nasser, who according to Reuters’ sources ran a section of Hezbollah’s operations on the frontier and held the same rank as Taleb Abdallah. He was the second regional commander killed in about three weeks.',
    place: { name: 'Tyre', lat: 33.27, lon: 35.2 },
    tags: ['targeted-killing', 'israeli-strike'],
    sources: [
      {
        outlet: 'Devdiscourse (Reuters)',
        date: '2024-07-03',
        headline: 'Hezbollah’s Top Commander Mohammed Nasser Killed in Israeli Strike',
        url: 'https://devdiscourse.com/article/law-order/3005129-hezbollahs-top-commander-mohammed-nasser-killed-in-israeli-strike',
      },
    ],
  },
  {
    id: 'majdal-shams',
    date: '2024-07-27',
    title: 'Rocket kills 12 children and teens in Majdal Shams',
    summary:
      'A rocket landed on a football pitch in Majdal Shams, a Druze town in the Israeli-controlled Golan Heights, killing 12 children and teenagers. Israel blamed Hezbollah, which denied it; weapons experts consulted by the AP said the evidence pointed to a rocket from Lebanon.',
    place: { name: 'Majdal Shams', lat: 33.27, lon: 35.77 },
    tags: ['civilians', 'hezbollah-fire', 'escalation'],
    sources: [
      {
        outlet: 'The Guardian',
        date: '2024-07-28',
        headline: '‘It was indescribable’: Golan Heights town mourns 12 children killed in strike',
        author: 'Ruth Michaelson, Quique Kierszenbaum and Sufian Taha',
      },
      {
        outlet: 'Associated Press',
        date: '2024-07-29',
        headline:
          'A cratered field, a mangled fence. Clues emerge from strike that killed 12 children in Golan Heights',
      },
    ],
  },
  {
    id: 'shukr-killed',
    date: '2024-07-30',
    title: 'Israel kills Fuad Shukr in Beirut',
    summary:
      'An Israeli strike on a residential building in Haret Hreik, in Beirut’s southern suburbs, killed Fuad Shukr, whom Israel called Hezbollah’s top military commander and blamed for Majdal Shams. Hezbollah confirmed his death the next day; seven people died in all, two of them children.',
    place: { name: 'Haret Hreik, Beirut', lat: 33.85, lon: 35.51 },
    tags: ['targeted-killing', 'israeli-strike', 'escalation'],
    sources: [
      {
        outlet: 'DW',
        date: '2024-07-30',
        headline: 'Israeli military says strike on Beirut targets Hezbollah commander',
        url: 'https://www.dw.com/en/middle-east-updates-idf-strikes-southern-beirut/live-69807232?maca=en-rss-en-top-1022-rdf',
      },
      {
        outlet: 'The National',
        date: '2024-07-31',
        headline: 'Hezbollah confirms death of senior commander Fouad Shukr after Israeli strike',
        url: 'https://www.thenationalnews.com/news/mena/2024/07/31/hezbollah-commander-fouad-shukr-beirut',
      },
    ],
  },
  {
    id: 'haniyeh-killed-tehran',
    date: '2024-07-31',
    title: 'Hamas leader Ismail Haniyeh killed in Tehran',
    summary:
      'Early the next morning Hamas announced that its political leader, Ismail Haniyeh, had been killed at his residence in Tehran, where he had come for the new Iranian president’s swearing-in. Hamas blamed Israel, which did not comment.',
    place: TEHRAN,
    tags: ['targeted-killing', 'iran', 'gaza'],
    sources: [
      {
        outlet: 'Dawn (Reuters)',
        date: '2024-07-31',
        headline: 'Hamas chief Ismail Haniyeh killed in Iran, group says in statement',
        url: 'https://www.dawn.com/news/1849144/hamas-chief-ismail-haniyeh-killed-in-iran-group-says-in-statement',
      },
      {
        outlet: 'Newsmax (AP)',
        date: '2024-07-31',
        headline:
          'Israel-Hamas war Latest: Hamas Leader Ismail Haniyeh Was Assassinated in Tehran, Iran Says',
        url: 'https://www.newsmax.com/world/globaltalk/israel-hamas-war-latest-31-july-2024/2024/07/31/id/1174623/',
      },
    ],
  },
  {
    id: 'hochstein-august-visit',
    date: '2024-08-14',
    title: 'Hochstein returns to Beirut as retaliation looms',
    summary:
      'With the region bracing for Iranian and Hezbollah responses to the July killings, Hochstein met Speaker Nabih Berri and other Lebanese leaders. He argued there was no time to lose on a Gaza ceasefire, which he presented as the route to a settlement on the Lebanese border.',
    place: BEIRUT,
    tags: ['diplomacy'],
    sources: [
      {
        outlet: 'Asharq Al-Awsat',
        date: '2024-08-14',
        headline: 'Hochstein in Beirut: No Time to Waste to Reach Diplomatic Solution',
        url: 'https://english.aawsat.com/arab-world/5050835-hochstein-beirut-no-time-waste-reach-diplomatic-solution?page=9',
      },
    ],
  },
  {
    id: 'pre-emptive-strikes-aug-25',
    date: '2024-08-25',
    title: 'Pre-emptive Israeli strikes, then Hezbollah’s answer for Shukr',
    summary:
      'Before dawn Israeli jets struck dozens of sites in southern Lebanon, saying Hezbollah was preparing to launch rockets and missiles at Israel. Hezbollah then fired rockets and drones at Israeli military sites, calling it the first phase of its response to Shukr’s killing, and Israel halted flights at Ben Gurion airport.',
    tags: ['israeli-strike', 'hezbollah-fire', 'escalation'],
    sources: [
      {
        outlet: 'TRT World',
        date: '2024-08-25',
        headline: 'Hezbollah targets Israeli military sites in ‘first phase of retaliation’',
        url: 'https://www.trtworld.com:443/article/18199855',
      },
    ],
  },
  {
    id: 'war-aim-northern-residents',
    date: '2024-09-17',
    title: 'Israel makes the return of northern residents a war aim',
    summary:
      'Early on 17 September, Israel’s security cabinet formally added the return of evacuated residents of the north to the goals of the war. The announcement came hours before the pager explosions and made the displacement in the north an official objective alongside those in Gaza.',
    tags: ['displacement', 'escalation'],
    sources: [
      {
        outlet: 'Devdiscourse (Reuters)',
        date: '2024-09-17',
        headline: 'Israel Broadens War Objectives in Gaza',
        url: 'https://www.devdiscourse.com/article/law-order/3088977-israel-broadens-war-objectives-in-gaza',
      },
      {
        outlet: 'BBC News',
        date: '2024-09-17',
        headline:
          'Hezbollah blames Israel after pager explosions kill nine and injure thousands in Lebanon',
        url: 'https://feeds.bbci.co.uk/news/articles/cd7xnelvpepo',
      },
      spineSources.csisEscalating,
    ],
  },
  {
    id: 'pager-explosions',
    date: '2024-09-17',
    title: 'Pagers explode across Lebanon',
    summary:
      'Pagers carried by Hezbollah members detonated almost at once in Beirut’s southern suburbs, the south and other regions. Lebanon’s health minister first counted nine dead, including a child, and about 2,800 wounded; Hezbollah blamed Israel, whose military declined to comment.',
    tags: ['covert-operation', 'civilians', 'escalation'],
    sources: [
      {
        outlet: 'BBC News',
        date: '2024-09-17',
        headline:
          'Hezbollah blames Israel after pager explosions kill nine and injure thousands in Lebanon',
        url: 'https://feeds.bbci.co.uk/news/articles/cd7xnelvpepo',
      },
      spineSources.csisEscalating,
    ],
  },
  {
    id: 'radio-explosions',
    date: '2024-09-18',
    title: 'A second wave: hand-held radios blow up',
    summary:
      'A day later, walkie-talkies used by Hezbollah exploded, one of them close to a funeral in Beirut’s southern suburbs for people killed in the pager blasts. Lebanese officials reported at least 14 more dead and about 450 wounded.',
    place: { name: 'Dahiyeh, Beirut', lat: 33.85, lon: 35.5 },
    tags: ['covert-operation', 'civilians', 'escalation'],
    sources: [
      {
        outlet: 'International Business Times',
        date: '2024-09-18',
        headline:
          'Lebanon Rocked By Second Wave Of Exploding Devices During Funerals For Hezbollah Fighters Killed In First Wave',
        url: 'https://www.ibtimes.com/hezbollah-second-wave-attacks-walkie-talkies-3743780',
      },
      {
        outlet: 'BBC News',
        date: '2024-09-18',
        headline: 'Walkie-talkie explosions spark fresh day of chaos in Lebanon',
      },
    ],
  },
  {
    id: 'aqil-killed',
    date: '2024-09-20',
    title: 'Radwan chief Ibrahim Aqil killed in Beirut',
    summary:
      'An Israeli strike on a building in Beirut’s southern suburbs killed Ibrahim Aqil, the acting head of the Radwan special forces, and other commanders of the unit who Israel said were meeting there. Lebanon’s health ministry initially reported 12 dead and 66 wounded.',
    place: { name: 'Jamous, Beirut southern suburbs', lat: 33.84, lon: 35.51 },
    tags: ['targeted-killing', 'israeli-strike', 'civilians'],
    sources: [
      {
        outlet: 'Devdiscourse (Reuters)',
        date: '2024-09-20',
        headline: 'Hezbollah Commander Killed in Israeli Airstrike',
        url: 'https://www.devdiscourse.com/article/law-order/3094189-hezbollah-commander-killed-in-israeli-airstrike',
      },
    ],
  },
  {
    id: 'northern-arrows',
    date: '2024-09-23',
    title: 'Northern Arrows: Lebanon’s deadliest day since 2006',
    summary:
      'Israel opened a sweeping air campaign across southern and eastern Lebanon, saying it hit about 1,600 Hezbollah targets, and told residents to leave. Lebanon’s health ministry counted at least 492 dead, 35 of them children, and more than 1,600 wounded, the heaviest toll in a day since the 2006 war.',
    tags: ['israeli-strike', 'escalation', 'civilians', 'displacement'],
    sources: [
      {
        outlet: 'The Week',
        date: '2024-09-24',
        headline: 'Israeli airstrikes on Lebanon kill at least 492',
        url: 'https://theweek.com/politics/israel-hezbollah-lebanon-air-strikes',
      },
      spineSources.csisEscalating,
    ],
  },
  {
    id: 'qubaisi-killed',
    date: '2024-09-24',
    title: 'Hezbollah missile chief Ibrahim Qubaisi killed',
    summary:
      'Israel said a strike in Dahiyeh had killed Ibrahim Qubaisi, who led Hezbollah’s rocket and missile forces, with other commanders; the group confirmed his death hours later. Lebanese authorities said six people died in the strike, while Hezbollah fired some 300 rockets into northern Israel that day.',
    place: { name: 'Ghobeiry, Beirut', lat: 33.86, lon: 35.5 },
    tags: ['targeted-killing', 'israeli-strike', 'hezbollah-fire'],
    sources: [
      {
        outlet: 'The Times of Israel',
        date: '2024-09-24',
        headline: 'IDF strike in Beirut kills Hezbollah missile chief, as rockets pummel Israel',
        url: 'https://www.timesofisrael.com/idf-strike-in-beirut-said-to-kill-hezbollah-missile-chief-as-rockets-pummel-israel/',
      },
      {
        outlet: 'Al Bawaba',
        date: '2024-09-24',
        headline: 'Israeli airstrike kills Hezbollah missile commander, Ibrahim Qubaisi, in Beirut',
        url: 'https://www.albawaba.me/news/israeli-airstrike-kills-hezbollah-1586716',
      },
    ],
  },
  {
    id: 'missile-toward-tel-aviv',
    date: '2024-09-25',
    title: 'A Hezbollah missile reaches the Tel Aviv area',
    summary:
      'Hezbollah launched a Qader-1 ballistic missile that it said was aimed at Mossad headquarters near Tel Aviv; Israeli air defences shot it down and no damage was reported. It was the first Hezbollah missile to reach the Tel Aviv area, though CSIS noted it did not grow into a sustained long-range campaign.',
    place: { name: 'Tel Aviv', lat: 32.08, lon: 34.78 },
    tags: ['hezbollah-fire', 'escalation'],
    sources: [
      {
        outlet: 'The Express Tribune (Reuters)',
        date: '2024-09-25',
        headline:
          'Hezbollah fires ballistic missile at Mossad headquarters near Tel Aviv, Israel intercepts',
      },
      {
        outlet: 'ABC News',
        date: '2024-09-25',
        headline: 'Hezbollah targets Mossad headquarters in Tel Aviv',
        url: 'https://abcnews.go.com/International/live-updates/israel-gaza-hamas-hezbollah-war/?entryId=114066944&id=113917948',
      },
      spineSources.csisEscalating,
    ],
  },
  {
    id: 'halevi-prepares-ground-manoeuvre',
    date: '2024-09-25',
    title: 'Israel’s army chief tells troops to ready for Lebanon',
    summary:
      'Lt Gen Herzi Halevi told Seventh Brigade soldiers on the northern border that the army was preparing a manoeuvre that would take them into enemy territory, and two reserve brigades were called up for the north. Defence Minister Yoav Gallant tied the campaign to returning northern residents to their homes.',
    tags: ['ground-operation', 'escalation', 'displacement'],
    sources: [spineSources.csisEscalating],
  },
  {
    id: 'us-french-proposal',
    date: '2024-09-25',
    endDate: '2024-09-26',
    title: 'US and France call for a 21-day ceasefire',
    summary:
      'After an emergency Security Council session on Lebanon, the United States, France and several allies urged an immediate 21-day truce along the Lebanon–Israel border to give diplomacy room. Israel did not take it up, and CNN later reported that Washington had stopped trying to revive the plan.',
    tags: ['diplomacy', 'ceasefire'],
    sources: [
      {
        outlet: 'The Times of Israel',
        date: '2024-09-25',
        headline:
          'US, France lead joint call for immediate 21-day truce between Israel and Hezbollah',
        url: 'https://www.timesofisrael.com/liveblog_entry/us-france-lead-joint-call-for-immediate-21-day-truce-between-israel-and-hezbollah/',
      },
      spineSources.cnnNotPushing,
    ],
  },
  {
    id: 'nasrallah-killed',
    date: '2024-09-27',
    title: 'Hassan Nasrallah killed in Beirut',
    summary:
      'Israeli jets struck Hezbollah’s central headquarters beneath residential buildings in Dahiyeh during a leadership meeting, killing Hassan Nasrallah, who had led the group for more than three decades. Hezbollah confirmed his death the following day and vowed to fight on.',
    place: { name: 'Dahiyeh, Beirut', lat: 33.85, lon: 35.52 },
    tags: ['targeted-killing', 'israeli-strike', 'escalation'],
    sources: [
      {
        outlet: 'DW',
        date: '2024-09-28',
        headline: 'Hezbollah’s Nasrallah killed at group’s Dahiyeh headquarters: Israel',
        url: 'https://www.dw.com/en/middle-east-israel-says-hezbollahs-nasrallah-eliminated/live-70351279?maca=en-rss-en-all-1573-rdf',
      },
      {
        outlet: 'Yahoo News',
        date: '2024-09-28',
        headline: 'Hezbollah leader Hassan Nasrallah killed after Israeli airstrikes in Beirut',
        url: 'https://nz.news.yahoo.com/hezbollah-leader-hassan-nasrallah-killed-072000605.html',
      },
      spineSources.csisEscalating,
    ],
  },
  {
    id: 'ground-operation',
    date: '2024-09-30',
    endDate: '2024-10-01',
    title: 'Israeli ground raids into southern Lebanon begin',
    summary:
      'Overnight, Israeli troops crossed into southern Lebanon for what the army called “limited, localized and targeted” raids on Hezbollah positions in border villages, with air and artillery support. It was the first ground fighting between the two sides since the 2006 war.',
    tags: ['ground-operation', 'escalation'],
    sources: [
      {
        outlet: 'Times Now (AP)',
        date: '2024-10-01',
        headline: 'Israel Begins Ground Incursion Along Lebanon’s Southern Border',
        url: 'https://timesnownews.com/world/middle-east/israel-begins-ground-incursion-along-lebanons-southern-border-article-113832070/amp',
      },
      spineSources.csisEscalating,
    ],
  },
  {
    id: 'iran-missiles-oct-1',
    date: '2024-10-01',
    title: 'Iran fires about 180 ballistic missiles at Israel',
    summary:
      'Iran launched roughly 180 ballistic missiles at Israel, its second direct attack from its own soil, and said it was avenging Nasrallah and Haniyeh. Most were intercepted, a small number struck Israeli territory, and Israeli leaders promised that Iran would pay for it.',
    tags: ['iran', 'escalation'],
    sources: [
      {
        outlet: 'CNA',
        date: '2024-10-02',
        headline: 'What we know about Iran’s missile attack on Israel – and how the US responded',
        url: 'https://www.channelnewsasia.com/world/iran-missile-attack-israel-what-we-know-iron-dome-4653696',
      },
      spineSources.csisEscalating,
    ],
  },
  {
    id: 'us-stops-pushing-ceasefire',
    date: '2024-10-07',
    title: 'Washington stops pressing for a Lebanon truce',
    summary:
      'CNN reported that, with Israel having set aside the 21-day proposal, US officials were no longer actively trying to revive it and aimed instead to limit the scope of Israeli operations in Lebanon and against Iran. By CNN’s account the campaign had killed more than 1,400 people and displaced over a million in under three weeks.',
    tags: ['diplomacy', 'displacement', 'civilians'],
    sources: [spineSources.cnnNotPushing],
  },
  {
    id: 'unifil-naqoura-fire',
    date: '2024-10-10',
    title: 'Israeli tank fire wounds UN peacekeepers at Naqoura',
    summary:
      'UNIFIL said an Israeli Merkava tank fired at an observation tower at its Naqoura headquarters, injuring two peacekeepers, and that Israeli troops also hit a nearby UN position and disabled its cameras. The mission warned that deliberately attacking peacekeepers breaks international law and Resolution 1701.',
    place: { name: 'Naqoura', lat: 33.12, lon: 35.14 },
    tags: ['united-nations', 'ground-operation'],
    sources: [
      {
        outlet: 'The National',
        date: '2024-10-10',
        headline: 'Israeli soldiers fired at three Unifil positions in southern Lebanon, UN says',
        author: 'Adla Massoud',
        url: 'https://www.thenationalnews.com/news/us/2024/10/10/israel-fired-at-three-unifil-positions-in-southern-lebanon-un-says/',
      },
    ],
  },
  {
    id: 'safieddine-confirmed-killed',
    date: '2024-10-22',
    title: 'Israel confirms Hashem Safieddine was killed',
    summary:
      'The Israeli military said a strike on Hezbollah’s intelligence headquarters in Beirut’s southern suburbs about three weeks earlier had killed Hashem Safieddine, head of the group’s Executive Council and widely seen as Nasrallah’s heir. Hezbollah did not immediately comment.',
    place: { name: 'Dahiyeh, Beirut', lat: 33.85, lon: 35.51 },
    tags: ['targeted-killing', 'israeli-strike'],
    sources: [
      {
        outlet: 'Shanghai Daily (Xinhua)',
        date: '2024-10-23',
        headline: 'Israeli military confirms killing of Hezbollah leader Hashem Safieddine',
        url: 'https://www.shine.cn/news/world/2410239673/',
      },
    ],
  },
  {
    id: 'israel-strikes-iran',
    date: '2024-10-26',
    title: 'Israel strikes military targets in Iran',
    summary:
      'Israel carried out what its military called precise strikes on military targets in Iran, its reply to the 1 October missile barrage, and explosions were heard around Tehran. US officials had pressed Israel to keep its response from escalating further and to leave nuclear sites alone.',
    place: TEHRAN,
    tags: ['iran', 'israeli-strike', 'escalation'],
    sources: [
      {
        outlet: 'The Hindu (AP)',
        date: '2024-10-26',
        headline: 'Israel launches retaliatory strikes on military targets in Iran',
        url: 'https://www.thehindu.com/news/international/israel-military-strikes-missile-iran-tehran-damage/article68798862.ece/amp/',
      },
    ],
  },
  {
    id: 'qassem-named-leader',
    date: '2024-10-29',
    title: 'Naim Qassem becomes Hezbollah’s secretary-general',
    summary:
      'Hezbollah’s Shura Council chose Naim Qassem, a founder of the group and Nasrallah’s deputy since 1991, as its new leader a month after Nasrallah’s death. Hashem Safieddine, once tipped for the post, had also been killed.',
    tags: ['background'],
    sources: [
      {
        outlet: 'Hürriyet Daily News',
        date: '2024-10-29',
        headline: 'Hezbollah names deputy head Naim Qassem as successor to slain chief Nasrallah',
        url: 'https://www.hurriyetdailynews.com/hezbollah-names-deputy-head-naim-qassem-as-successor-to-slain-chief-nasrallah-202048',
      },
    ],
  },
  {
    id: 'afif-killed',
    date: '2024-11-17',
    title: 'Hezbollah spokesman killed in central Beirut',
    summary:
      'An Israeli strike on the Baath party’s office in central Beirut killed Mohammed Afif, Hezbollah’s head of media relations. Afif had been one of the group’s most visible figures since Nasrallah’s death.',
    place: { name: 'Ras al-Nabaa, Beirut', lat: 33.88, lon: 35.51 },
    tags: ['targeted-killing', 'israeli-strike'],
    sources: [
      {
        outlet: 'LBC',
        date: '2024-11-17',
        headline: 'Israeli strike on Beirut kills Hezbollah’s lead spokesperson',
        author: 'Henry Moore',
        url: 'https://www.lbc.co.uk/news/israeli-strike-on-beirut-kills-hezbollahs-lead-spokesperson-mohammed-afif/',
      },
    ],
  },
  {
    id: 'hochstein-beirut-november',
    date: '2024-11-19',
    endDate: '2024-11-20',
    title: 'Hochstein says a deal is within reach',
    summary:
      'Back in Beirut a day after Lebanon and Hezbollah gave a qualified yes to a US ceasefire draft, Hochstein held talks with Speaker Berri and said an end to the war was “within our grasp”. He then headed to Israel to try to close the remaining gaps.',
    place: BEIRUT,
    tags: ['diplomacy', 'ceasefire'],
    sources: [
      {
        outlet: 'Swissinfo (Reuters)',
        date: '2024-11-19',
        headline: 'End to Israel-Hezbollah war ‘within our grasp’, US envoy says',
        author: 'Maya Gebeily and Riham Alkousaa',
        url: 'https://www.swissinfo.ch/eng/end-to-israel-hezbollah-war-%27within-our-grasp%27%2C-us-envoy-says/88229587',
      },
      {
        outlet: 'Asharq Al-Awsat',
        date: '2024-11-19',
        headline: 'US Envoy Says End to War between Israel and Hezbollah ‘Is within Our Grasp’',
        url: 'https://english.aawsat.com/arab-world/5083100-us-envoy-says-end-war-between-israel-and-hezbollah-%E2%80%98-within-our-grasp%E2%80%99?page=9',
      },
    ],
  },
  {
    id: 'cabinet-approves-ceasefire',
    date: '2024-11-26',
    title: 'Israeli security cabinet approves the ceasefire',
    summary:
      'Israel’s security cabinet backed the US-brokered ceasefire with Hezbollah by ten votes to one, with the truce due to start early the next morning. The prime minister’s office said Israel kept the right to act against any threat to its security.',
    tags: ['ceasefire', 'diplomacy'],
    sources: [
      {
        outlet: 'People’s Daily (Xinhua)',
        date: '2024-11-27',
        headline:
          'Israeli security cabinet approves ceasefire deal with Hezbollah, starting Wednesday morning',
        url: 'http://en.people.cn/n3/2024/1127/c90000-20247081.html',
      },
    ],
  },
  {
    id: 'ceasefire',
    date: '2024-11-27',
    title: 'The ceasefire takes effect',
    summary:
      'The US- and French-brokered truce began at 4:00 local time, opening a 60-day period in which Israeli forces are to leave the south, Hezbollah is to pull back north of the Litani River and the Lebanese army is to deploy toward the border. Within hours, thousands of displaced Lebanese were driving south despite Israeli warnings to keep away from some areas.',
    tags: ['ceasefire', 'displacement'],
    sources: [
      {
        outlet: 'UPI',
        date: '2024-11-27',
        headline:
          'Israel-Hezbollah cease-fire: Displaced Lebanese begin to head home as guns, bombs fall silent',
        url: 'https://www.upi.com/Top_News/World-News/2024/11/27/lebanon-cease-fire-begins/3361732695775/',
      },
      {
        outlet: 'Atalayar',
        date: '2024-11-25',
        headline: 'Near a ceasefire between Israel and Hezbollah',
        url: 'https://www.atalayar.com/en/articulo/politics/near-ceasefire-between-israel-and-hezbollah/20241125150000207971.html',
      },
    ],
  },
  {
    id: 'first-post-truce-fire',
    date: '2024-12-02',
    title: 'Hezbollah fires for the first time since the truce',
    summary:
      'Hezbollah fired two mortar rounds at an Israeli position in the disputed Shebaa Farms, calling it a warning over repeated Israeli breaches of the ceasefire; both landed in open ground. French diplomats had counted more than 50 Israeli violations in the truce’s first days, according to Xinhua.',
    place: SHEBAA_FARMS,
    tags: ['hezbollah-fire', 'ceasefire'],
    sources: [
      {
        outlet: 'Xinhua (via Big News Network)',
        date: '2024-12-02',
        headline:
          '1st LD Writethru: Israeli army says Hezbollah firing mortars at Israeli posts along border',
        url: 'https://bignewsnetwork.com/news/274810180/1st-ld-writethru-israeli-army-says-hezbollah-firing-mortars-at-israeli-posts-along-border',
      },
    ],
  },
];
