/**
 * The text of every step. Written fresh for this project in a plain news register: facts come
 * from the sources, sentences do not (a unit test rejects any 10-word run shared with a source
 * article). Every number is a placeholder bound to the snapshot or to a cited key figure.
 */
import type { EventId } from '$lib/facts/keys';
import type { StepId } from '$lib/story/chapters';
import { t, type CopyTemplate } from './t';

/** The five articles the story is built around (see shared/sources/README.md). */
export type SpineArticle = 'csis' | 'nyt' | 'toi' | 'cnn-june' | 'cnn-october';

export interface StepCopy {
  readonly paragraphs: readonly CopyTemplate[];
  /** Timeline events the step reports on; their sources are cited under the step. */
  readonly events: readonly EventId[];
  /** Spine articles the step draws on, cited under the step. */
  readonly articles: readonly SpineArticle[];
}

export const STEP_COPY: Readonly<Record<StepId, StepCopy>> = {
  'opening-first-fire': {
    paragraphs: [
      t(
        'On the morning of {date:hezbollah-opens-front}, Hezbollah fired rockets and shells at Israeli army posts in the Shebaa Farms, a ridge that Israel holds and Lebanon claims. The group said it was acting in solidarity with the Palestinians of Gaza, where Israel was preparing its answer to the Hamas-led attack of the day before, in which {kf:oct-7-killed} people were killed. Israeli artillery fired back.',
      ),
      t(
        'In that first week ACLED, which compiles political violence from news and local reports, recorded {firstWeekStrikes} Israeli strikes in Lebanon. In northern Israel, Home Front Command warnings added up to {firstWeekAlerts} alert events.',
      ),
    ],
    events: ['hezbollah-opens-front', 'hamas-attack-oct-7'],
    articles: ['toi'],
  },
  'opening-whole-war': {
    paragraphs: [
      t(
        'That exchange became a war of attrition, and then an open war. The chart counts it week by week. Bars above the axis are Israeli strikes in Lebanon, as recorded by ACLED. Bars below it are alert events in northern Israel: clusters of Home Front Command warnings, the closest public record of Hezbollah fire.',
      ),
      t(
        'For {baselineWeeks} weeks both series moved within a limited range. In September 2024 they broke out of it.',
      ),
    ],
    events: [],
    articles: [],
  },
  'opening-two-caveats': {
    paragraphs: [
      t(
        'Two cautions apply throughout. An alert is not an attack. It records where the army expected fire to land, not what was launched or what it hit; this project groups nearby warnings into alert events, but one alert event can stand for a single rocket or for a barrage.',
      ),
      t(
        'And ACLED’s Lebanon data, as available to this project, stop on {acledEnd}. After that date the chart shows hatched bars: events in which at least one person was killed, from the Uppsala Conflict Data Program (UCDP). They are a narrower count, not a continuation of the same one. The methods section at the end sets out every rule.',
      ),
    ],
    events: [],
    articles: [],
  },

  'border-blue-line': {
    paragraphs: [
      t(
        'The Blue Line is not a border. The United Nations drew it to confirm that Israel had withdrawn from southern Lebanon, which it left on {date:israel-withdraws-from-south-lebanon} after years of attacks by Hezbollah on its occupation of the south. Lebanon and Israel have no diplomatic relations and have never agreed where the frontier runs.',
      ),
      t(
        'Some stretches are still disputed. The Shebaa Farms, where this war’s first shots were fired, are held by Israel and claimed by Lebanon, and the village of Ghajar straddles the line. The line on these maps is this project’s own approximation, good to about a kilometre.',
      ),
    ],
    events: ['israel-withdraws-from-south-lebanon'],
    articles: ['csis'],
  },
  'border-2006': {
    paragraphs: [
      t(
        'The last full war began on {date:war-2006}, when Hezbollah fighters crossed the line and seized two Israeli soldiers. It lasted {kf:war-2006-days} days. Israel sent {kf:war-2006-israeli-troops} troops into Lebanon and bombed much of the country; by the CSIS count the war killed {kf:war-2006-israelis-killed} Israelis and {kf:war-2006-hezbollah-killed} Hezbollah fighters.',
      ),
    ],
    events: ['war-2006'],
    articles: ['csis'],
  },
  'border-1701-zone': {
    paragraphs: [
      t(
        'Security Council Resolution 1701, adopted on {date:resolution-1701}, ended that war. It called for the land between the Blue Line and the Litani River, shaded on the map, to be free of any armed men and weapons other than those of the Lebanese state and of UNIFIL, the UN force that had {kf:unifil-troops} peacekeepers in the south in 2024.',
      ),
      t(
        'The zone was never cleared. Hezbollah kept fighters, launchers and anti-tank teams south of the Litani, and Israeli jets kept flying over Lebanon, which the resolution also forbids. Most of the fighting of the following year took place in this zone and just across the line from it.',
      ),
    ],
    events: ['resolution-1701'],
    articles: ['csis'],
  },
  'border-towns': {
    paragraphs: [
      t(
        'The band is narrow. The Litani passes close to the line near the Israeli town of Metula, then bends west to reach the sea north of Tyre. On the Israeli side, Kiryat Shmona and Shlomi lie within sight of Lebanon; on the Lebanese side, villages such as Bint Jbeil sit just as close to Israel.',
      ),
    ],
    events: [],
    articles: [],
  },

  'contained-weekly': {
    paragraphs: [
      t(
        'From October 2023 to the end of August 2024, ACLED recorded an average of {baselineStrikesWeekly} Israeli strikes a week in Lebanon: air and drone strikes, shelling and armed clashes. CSIS, working from the same source, reported {kf:strikes-per-week-csis} a week for those months.',
      ),
      t(
        'The dashed line marks that average. The weekly count rose and fell around it, but for months it stayed within the same broad range.',
      ),
    ],
    events: [],
    articles: ['csis'],
  },
  'contained-truce': {
    paragraphs: [
      t(
        'The one clear pause came from Gaza. A truce between Israel and Hamas took effect on {date:gaza-truce}. Lebanon was not part of the deal, yet the border went quiet too: in the truce’s {truceDays} days ACLED recorded {truceStrikes} Israeli strikes, against an average of {supportFrontStrikesWeekly} a week in the weeks before.',
      ),
      t(
        'When the fighting in Gaza resumed, so did the fire across the Blue Line. It was the plainest sign that the northern front moved with Gaza.',
      ),
    ],
    events: ['gaza-truce'],
    articles: ['toi'],
  },
  'contained-alerts': {
    paragraphs: [
      t(
        'Hezbollah’s fire is harder to count. ACLED’s events inside Israel were not available to this project, so the lower bars show alert events instead: Home Front Command warnings in the north, grouped when they came within minutes of each other in nearby places. Before September they averaged {baselineAlertsWeekly} a week.',
      ),
      t(
        'An alert event is a trace of incoming fire, not a tally of it. Fire that gave no warning is missing, and one alert event can stand for a single rocket or for a barrage.',
      ),
    ],
    events: [],
    articles: [],
  },
  'contained-map-early': {
    paragraphs: [
      t(
        'On the map, each hexagon is a cell of a few square kilometres, shaded by the number of Israeli strikes ACLED placed in it; rings on the Israeli side mark where alert events were centred. By the end of 2023 the strikes already formed a band along the whole length of the line.',
      ),
    ],
    events: [],
    articles: [],
  },
  'contained-map-band': {
    paragraphs: [
      t(
        'By the end of August 2024 the band had darkened but hardly widened. Before September, {beforeShareNear} of Israeli strikes landed within {nearKm} km of the Blue Line.',
      ),
      t(
        'The Israeli side mirrored it. Alert events clustered in the communities along the border, from the coast near Shlomi to Metula and Kiryat Shmona in the east.',
      ),
    ],
    events: [],
    articles: [],
  },
  'contained-depth': {
    paragraphs: [
      t(
        'Distance from the line is the simplest measure of how far the war reached. Between October 2023 and August 2024 the average Israeli strike landed {baselineDepthIsrael} km inside Lebanon, and the average alert event was centred {baselineDepthHezbollah} km inside Israel. CSIS reported {kf:depth-israel-before} and {kf:depth-hezbollah-before} km.',
      ),
      t(
        'Solid lines show each week’s mean, dashed lines its median. Where the two part, a few deep strikes are pulling the average up.',
      ),
    ],
    events: [],
    articles: ['csis'],
  },
  'contained-displacement': {
    paragraphs: [
      t(
        'The fire emptied the border on both sides. Before September, {kf:israelis-displaced-pre-sep} people had left their homes in northern Israel and {kf:lebanese-displaced-pre-sep} in southern Lebanon, according to the figures CSIS cited.',
      ),
      t(
        'Lebanon’s health ministry counted {mophKilledBeforeSeptember} people killed in the country by {mophKilledBeforeSeptemberDate}.',
      ),
    ],
    events: [],
    articles: ['csis'],
  },

  'diplomacy-shuttle': {
    paragraphs: [
      t(
        'By June 2024 the exchanges were growing, most visibly on the Israeli side of the line: alert events in the north averaged {juneAlertsWeekly} a week in June, against {baselineAlertsWeekly} over the whole period, while Israeli strikes held near their usual level, at {juneStrikesWeekly} a week.',
      ),
      t(
        'Amos Hochstein, the US envoy, went back and forth between Israel and Lebanon, working alongside French officials. He was in Beirut on {day:hochstein-shuttle}, pressing for a deal that would move Hezbollah’s forces back from the border and bring more Lebanese soldiers south.',
      ),
    ],
    events: ['hochstein-shuttle'],
    articles: ['nyt', 'csis'],
  },
  'diplomacy-linkage': {
    paragraphs: [
      t(
        'Every plan ran through Gaza. Hezbollah said it would stop firing when Israel stopped fighting Hamas. Officials briefed on both sides told The New York Times that Israel and Hezbollah had each signalled that a Gaza truce could open talks on the border itself: a Hezbollah pullback, more Lebanese troops in the south and an agreed line at its western end.',
      ),
      t('The November truce, the gap at the left of the chart, was the precedent.'),
    ],
    events: ['gaza-truce'],
    articles: ['nyt'],
  },
  'diplomacy-off-ramp': {
    paragraphs: [
      t(
        'With a Gaza ceasefire out of reach, US and Israeli officials looked for a way round it. During Defence Minister Yoav Gallant’s visit to Washington in late June, they discussed whether scaling down the heaviest fighting in Gaza, a shift Gallant called “Phase C”, could give Hezbollah an “off-ramp”, the Times of Israel reported.',
      ),
      t(
        'Hassan Nasrallah, Hezbollah’s leader, kept to his condition: a complete and lasting end to the war in Gaza.',
      ),
    ],
    events: ['off-ramp-talks'],
    articles: ['toi'],
  },
  'diplomacy-assurances': {
    paragraphs: [
      t(
        'Washington was also planning for failure. CNN reported on {date:us-assurances} that senior US officials had promised a visiting Israeli delegation the security help Israel would need in a full war with Hezbollah, though not American ground troops.',
      ),
      t(
        'US officials feared that Hezbollah, with an arsenal CSIS later put at {kf:hezbollah-standoff-weapons} rockets, missiles and drones, could swamp the air defences of northern Israel.',
      ),
    ],
    events: ['us-assurances'],
    articles: ['cnn-june', 'csis'],
  },

  'summer-majdal-shams': {
    paragraphs: [
      t(
        'On {date:majdal-shams} a rocket hit a football pitch in Majdal Shams, a Druze town in the Israeli-held Golan Heights, killing {kf:majdal-shams-killed} children and teenagers. Israel blamed Hezbollah, which denied firing it.',
      ),
    ],
    events: ['majdal-shams'],
    articles: [],
  },
  'summer-shukr': {
    paragraphs: [
      t(
        'On {date:shukr-killed} an Israeli strike on Beirut’s southern suburbs killed Fuad Shukr, whom Israel described as Hezbollah’s most senior military commander and held responsible for Majdal Shams. Hours later Ismail Haniyeh, the political leader of Hamas, was killed in Tehran.',
      ),
      t('The map widens here to take in Beirut.'),
    ],
    events: ['shukr-killed', 'haniyeh-killed-tehran'],
    articles: [],
  },
  'summer-august-25': {
    paragraphs: [
      t(
        'Hezbollah’s reply came on {date:pre-emptive-strikes-aug-25}. Before dawn Israeli jets hit launch sites across southern Lebanon, saying an attack was imminent; Hezbollah then fired rockets and drones at Israeli military targets and presented it as the first part of its answer to Shukr’s killing.',
      ),
      t(
        'That week ACLED recorded {august25Strikes} Israeli strikes, and the alert data show {august25Alerts} alert events.',
      ),
    ],
    events: ['pre-emptive-strikes-aug-25'],
    articles: [],
  },
  'summer-depth': {
    paragraphs: [
      t(
        'The strikes were also reaching further. In the first three weeks of September the average Israeli strike landed {earlySeptemberDepthIsrael} km from the line, against {baselineDepthIsrael} km in the months before; CSIS put it at {csisEarlySeptemberDepthIsrael} km.',
      ),
      t(
        'From mid-August into early September the average alert event was centred {lateAugustDepthHezbollah} km inside Israel, where CSIS reported {csisLateAugustDepthHezbollah} km for Hezbollah’s attacks.',
      ),
    ],
    events: [],
    articles: ['csis'],
  },

  'september-pagers': {
    paragraphs: [
      t(
        'On {date:pager-explosions}, pagers carried by Hezbollah members blew up almost simultaneously across Lebanon; on {day:radio-explosions}, hand-held radios did the same. The first count of the wounded was {kf:pager-wounded-first-count}.',
      ),
      t(
        'On {day:aqil-killed} an Israeli strike in Beirut killed Ibrahim Aqil, who led Hezbollah’s Radwan special forces. In the week of 15 September ACLED recorded {september15Strikes} Israeli strikes; CSIS reported {kf:strikes-week-sep-15}.',
      ),
    ],
    events: ['pager-explosions', 'radio-explosions', 'aqil-killed'],
    articles: ['csis'],
  },
  'september-northern-arrows': {
    paragraphs: [
      t(
        'On {date:northern-arrows} Israel began what it called Operation Northern Arrows: wave after wave of air strikes on southern Lebanon and the Bekaa Valley, after telling residents to leave. Lebanon’s health ministry counted {kf:killed-sep-23} dead that day.',
      ),
      t(
        'In the week of 22 September ACLED recorded {september22Strikes} Israeli strikes, where CSIS had reported {kf:strikes-week-sep-22}.',
      ),
    ],
    events: ['northern-arrows'],
    articles: ['csis'],
  },
  'september-jump': {
    paragraphs: [
      t(
        'CSIS summed up the change in one ratio: violent incidents in the last week of September ran at {kf:incident-jump} times the weekly average of the months before.',
      ),
      t(
        'Adding Israeli strikes and alert events week by week, this project finds {jumpRatio} times the average; counting Israeli strikes alone, {jumpRatioStrikesOnly} times. The figures differ from CSIS’s partly because Hezbollah’s side is measured here by alerts, not by ACLED events inside Israel.',
      ),
    ],
    events: [],
    articles: ['csis'],
  },
  'september-map': {
    paragraphs: [
      t(
        'The map widens again. In the week of 22 September Israeli strikes covered the south from the border to Tyre and Nabatieh, the Bekaa Valley around Baalbek and the southern suburbs of Beirut. On the Israeli side, alert events now reached well beyond the border towns.',
      ),
    ],
    events: ['northern-arrows'],
    articles: [],
  },
  'september-depth': {
    paragraphs: [
      t(
        'Measured by distance, the average Israeli strike that week landed {september22DepthIsrael} km from the Blue Line, against {baselineDepthIsrael} km before September. The average alert event was centred {september22DepthHezbollah} km inside Israel, as Hezbollah aimed at Haifa and, on {day:missile-toward-tel-aviv}, fired a missile towards Tel Aviv.',
      ),
      t(
        'CSIS reported {kf:depth-israel-sep-22} and {kf:depth-hezbollah-sep-22} km. The alert-based figure for Hezbollah falls well short of CSIS’s, which rests on ACLED events inside Israel that this project could not obtain; but on both sides the depth jumped in the same week.',
      ),
    ],
    events: ['missile-toward-tel-aviv'],
    articles: ['csis'],
  },
  'september-histograms': {
    paragraphs: [
      t(
        'Another view of the same shift. Before September, {beforeShareNear} of Israeli strikes landed within {nearKm} km of the line and {beforeShareFar} more than {farKm} km away. From September to the end of ACLED’s data, those shares were {fromSeptemberShareNear} and {fromSeptemberShareFar}.',
      ),
      t(
        'Alert events moved the same way on the Israeli side: {beforeAlertShareNear} were centred within {nearKm} km of the line before September, {fromSeptemberAlertShareNear} after.',
      ),
    ],
    events: [],
    articles: [],
  },
  'september-nasrallah': {
    paragraphs: [
      t(
        'On {date:us-french-proposal} the United States, France and several allies called for an immediate truce of {kf:us-french-truce-days} days to make room for diplomacy. Israel did not take it up.',
      ),
      t(
        'On {date:nasrallah-killed} Israeli jets struck Hezbollah’s headquarters beneath apartment buildings in Beirut’s southern suburbs, killing Hassan Nasrallah, the group’s leader for more than three decades.',
      ),
    ],
    events: ['us-french-proposal', 'nasrallah-killed'],
    articles: ['cnn-october'],
  },

  'ground-war-invasion': {
    paragraphs: [
      t(
        'In the night of {date:ground-operation} Israeli troops crossed into southern Lebanon for what the army called limited, targeted raids on Hezbollah positions in the border villages. It was the first ground fighting between the two since 2006.',
      ),
      t('The map returns to the border band, where ground and air fire now met.'),
    ],
    events: ['ground-operation'],
    articles: [],
  },
  'ground-war-iran': {
    paragraphs: [
      t(
        'On {date:iran-missiles-oct-1} Iran fired {kf:iran-ballistic-missiles-oct-1} ballistic missiles at Israel, its second direct attack from its own territory. Sirens sounded across the country.',
      ),
      t(
        'The alert series in this story leaves that salvo out, as it does Iran’s attack in April: it counts only alerts in the north that can be tied to fire from Lebanon.',
      ),
    ],
    events: ['iran-missiles-oct-1'],
    articles: ['csis'],
  },
  'ground-war-toll': {
    paragraphs: [
      t(
        'In less than three weeks of Israel’s campaign, {kf:lebanese-displaced-three-weeks} people in Lebanon had been displaced and {kf:killed-three-weeks} killed, CNN reported in early October.',
      ),
      t(
        'The chart shows the two official series behind such figures: the health ministry’s count of the dead, and the displacement count of the International Organization for Migration (IOM). IOM changed its definition on {iomBreakDate}, so its line measures different things before and after that date.',
      ),
    ],
    events: [],
    articles: ['cnn-october'],
  },
  'ground-war-acled-ends': {
    paragraphs: [
      t(
        'Here the main record runs out. ACLED’s Lebanon data, as available to this project, end on {acledEnd}. From then on the chart shows UCDP’s fatal events, an average of {afterAcledUcdpWeekly} a week until the ceasefire.',
      ),
      t(
        'A fatal event is one in which at least one person was killed, so the hatched bars are a smaller measure than ACLED’s strikes: the drop in height is a change of yardstick, not of intensity. Where both sources overlap, their weekly death counts have a correlation of {agreementDeathsCorrelation}.',
      ),
    ],
    events: [],
    articles: [],
  },
  'ground-war-us-steps-back': {
    paragraphs: [
      t(
        'Washington, meanwhile, stepped back. With Israel having set the truce proposal aside, US officials told CNN that they were not pushing to revive it and were trying instead to shape Israel’s operations. “We couldn’t stop them from taking action,” one senior official said.',
      ),
    ],
    events: ['us-stops-pushing-ceasefire'],
    articles: ['cnn-october'],
  },
  'ground-war-map': {
    paragraphs: [
      t(
        'Through October and November the fatal events spread across the south, the Bekaa and Beirut’s southern suburbs. Each hexagon here counts UCDP events with at least one death, a different and smaller measure than the ACLED strikes shown earlier.',
      ),
    ],
    events: [],
    articles: [],
  },
  'ground-war-ceasefire': {
    paragraphs: [
      t(
        'A ceasefire brokered by the United States and France took effect on {date:ceasefire}. Israel was to withdraw from the south within {kf:ceasefire-transition-days} days as the Lebanese army deployed, and Hezbollah was to pull its forces back north of the Litani: the terms of Resolution 1701, restated.',
      ),
      t(
        'By {mophKilledAtCeasefireDate} the health ministry’s count of the dead stood at {mophKilledAtCeasefire}.',
      ),
    ],
    events: ['ceasefire'],
    articles: [],
  },

  'scenarios-ground-invasion': {
    paragraphs: [
      t(
        'The first scenario was a sustained ground invasion to push Hezbollah back from the border, ideally beyond the Litani, recreating the buffer zone Israel held until 2000. CSIS warned of heavy losses and of the old trap of holding Lebanese ground.',
      ),
      t(
        'What came was narrower on the ground and wider in the air. Troops fought in the villages nearest the line, but most deadly events were further away: of UCDP’s fatal events from the start of the raids to the ceasefire, {groundWarUcdpShareNear} lay within {nearKm} km of the Blue Line.',
      ),
    ],
    events: ['ground-operation'],
    articles: ['csis'],
  },
  'scenarios-air-war': {
    paragraphs: [
      t(
        'The second was a coercive air war: strikes on Hezbollah’s launchers, stockpiles and leaders, many more of them outside the border zone, in Beirut and the Bekaa. That is what the map shows from Northern Arrows to the end of ACLED’s data: {airWarStrikes} Israeli strikes, reaching across the country.',
      ),
    ],
    events: ['northern-arrows'],
    articles: ['csis'],
  },
  'scenarios-counter-escalation': {
    paragraphs: [
      t(
        'The third was a Hezbollah counter-escalation: a huge, sustained barrage of rockets, missiles and drones meant to overwhelm Israel’s air defences. The alert record shows fire reaching further and more often, peaking at {peakAlerts} alert events in the week of {peakAlertsWeek}.',
      ),
      t(
        'It shows nothing like the country-wide barrages CSIS had in mind for a group credited with the capacity to fire {kf:hezbollah-launch-capacity} rockets a day.',
      ),
    ],
    events: [],
    articles: ['csis'],
  },
  'scenarios-outcome': {
    paragraphs: [
      t(
        'The war ended with much of the air campaign, a ground war narrower than the one CSIS sketched, and little of the barrage it feared. The ceasefire restated the bargain of 2006: Hezbollah north of the Litani, the Lebanese army and UNIFIL in the south.',
      ),
      t(
        'The data in this story stop there. The pipeline that produced them is open, so the same measures can be run on what came next.',
      ),
    ],
    events: ['ceasefire'],
    articles: ['csis'],
  },
};
