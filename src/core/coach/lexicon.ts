/**
 * Word lists that seed the coach's rules. The rules themselves live in clauses.ts, numbers.ts
 * and signals.ts and look at who does what in each clause; these lists only say which lemmas
 * and phrases belong to a class. Phrase groups use the content-pack signal syntax ("push* back").
 */
import { fillers as fillerList } from "fillers";
import { hedges as hedgeList } from "hedges";
import { weasels as weaselList } from "weasels";

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs (lemmas) whose object or complement is a change in some measure: the result verbs. */
export const CHANGE_VERBS = set(`
  increase decrease reduce cut save grow improve drop lower raise boost double triple quadruple halve shrink
  eliminate lift rise fall climb jump decline recover generate gain reach hit exceed achieve beat surpass
  accelerate speed shorten slash trim avoid prevent bring go move shave return earn win retain convert
  lose deflect recoup unlock add remove free expand scale lift outperform`);

/** Verbs that state an achievement against a bar ("hit the target", "met the SLA"). */
export const ACHIEVE_VERBS = set("hit meet achieve exceed beat reach surpass deliver land make");

/** Nouns naming a change: "a 20% reduction", "a 3x improvement". */
export const CHANGE_NOUNS = set(`
  increase decrease reduction improvement lift drop gain growth decline saving savings uplift jump rise fall
  cut boost speedup speed-up win reductions improvements increases`);

/** Comparatives after a number: "3x faster", "40% fewer tickets". */
export const COMPARATIVES = set(`
  faster slower fewer less more higher lower cheaper quicker shorter smaller bigger larger better
  longer greater above below`);

/** Verbs of deciding (lemmas). */
export const DECISION_VERBS = set(`
  decide choose opt pick select prioritize prioritise recommend propose settle bet determine descope
  deprioritize deprioritise defer postpone pivot approve reject veto greenlight`);

/** Stative and cognition verbs: they describe a state of mind, not a step the candidate took. */
export const STATIVE_VERBS = set(`
  be have think believe feel know seem want like need hope guess wish remember understand mean look sound
  appear tend love hate prefer care`);

/** Verbs of others' failure, the backbone of blame without trigger words. */
export const FAILURE_VERBS = set(`
  fail miss ignore refuse forget break delay slip drop block neglect botch mess screw underdeliver overpromise
  stall drag sandbag stonewall abandon lie complain`);

/** Adjectives and nouns that evaluate someone's work negatively. */
export const NEGATIVE_EVALUATION = set(`
  late sloppy buggy broken incomplete useless poor poorly bad terrible awful horrible unreliable unresponsive
  wrong careless messy confusing inconsistent incompetent lazy chaotic flaky half-baked unprofessional clueless
  disorganized disorganised outdated garbage mess nightmare stubborn unrealistic unclear vague behind overdue
  subpar shoddy slow sub-par amateur unusable riddled worse worst rude dismissive defensive uncooperative
  unhelpful inaccurate wrongly`);

/** People and groups who can act in a story besides the candidate. */
export const AGENT_NOUNS = set(`
  team teams vendor vendors partner partners manager managers director directors vp vps engineer engineers
  developer developers designer designers contractor contractors agency supplier suppliers qa legal marketing
  sales finance ops operations leadership stakeholder stakeholders colleague colleagues peer peers lead leads
  analyst analysts support company org organization organisation department group boss ceo cto cfo coo
  executive executives management pm pms tpm tpms architect architects scientist scientists consultant
  consultants auditor auditors owner owners counterpart counterparts head heads people everyone someone
  somebody staff recruiter recruiters reviewer reviewers tester testers squad product-manager founder
  founders investor investors board security compliance procurement hr teammate teammates coworker coworkers
  co-worker co-workers report reports intern interns lawyer lawyers principal engineering ux devops sre infra
  qa-team attorney attorneys counsel clerk clerks nurse nurses doctor doctors clinician clinicians physician
  physicians pharmacist pharmacists committee council`);

/** Who the candidate serves: external and internal customers. */
export const CUSTOMER_NOUNS = set(`
  customer customers user users shopper shoppers buyer buyers seller sellers merchant merchants client clients
  member members subscriber subscribers consumer consumers driver drivers rider riders advertiser advertisers
  patient patients student students reader readers viewer viewers guest guests traveler travelers traveller
  travellers host hosts tenant tenants homeowner homeowners end-user end-users listener listeners creator
  creators publisher publishers courier couriers caller callers resident residents player players household
  households family families claimant claimants applicant applicants borrower borrowers parent parents citizen
  citizens passenger passengers fan fans gamer gamers learner learners visitor visitors audience taxpayer
  taxpayers homeowner shopkeeper shopkeepers diner diners renter renters`);

/** What a customer needs, feels or does when something is wrong (lemmas and nouns). */
export const NEED_WORDS = set(`
  need want expect struggle complain ask request abandon churn wait leave hate frustrate confuse care rely
  depend miss pain problem frustration complaint feedback request ticket friction confusion churn drop-off
  experience satisfaction nps csat retention trust journey workflow job-to-be-done outage error delay
  wanted needs wants expectation expectations asks requests complaints tickets problems struggled complained`);

export const PEOPLE_UNITS = set(`
  engineer engineers people person developer developers designer designers pm pms tpm tpms reports report
  contractor contractors analyst analysts scientist scientists tester testers folks headcount hire hires
  staff fte ftes employee employees direct teammate teammates member`);

export const TIME_UNITS = set(`
  second seconds minute minutes hour hours day days week weeks month months quarter quarters year years
  sprint sprints weekend weekends night nights decade decades sec secs min mins hr hrs wk wks yr yrs
  business-day business-days`);

/** Units that measure speed or size of a system: never a duration of work. */
export const METRIC_UNITS = set(`
  ms millisecond milliseconds percent percentage point points pp bps basis qps rps tps gb tb mb kb
  p50 p90 p95 p99 x`);

export const SCALE_WORDS = set(
  "k m mm b bn million millions billion billions thousand thousands hundred hundreds trillion",
);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  (
    "zero:0 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 " +
    "thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 " +
    "forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:100 thousand:1000 million:1000000 " +
    "billion:1000000000 dozen:12 dozens:12 half:0.5"
  )
    .split(" ")
    .map((pair) => {
      const [word, value] = pair.split(":");
      return [word!, Number(value)] as const;
    }),
);

/** Multipliers stated as words: quantified even without a digit. */
export const MULTIPLIER_VERBS = set("double triple quadruple halve");

export const MONTHS = set(`
  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec`);

/** Hedges: the `hedges` list minus words that are ordinary in a factual narrative. */
const HEDGE_EXCLUDE: ReadonlySet<string> = new Set([
  ...`about actually always around approximately assume assumed assumes assumption be can certain clear clearly
  consider considered considers consistent could diagnostic estimate estimated estimates find finds found
  frequently few many may mostly most much must often overall read say says several should some something
  someone somebody somewhere sometimes think thinks thought understand understands understood usually will would
  like believe believed believes appear appeared appears indicate little mainly occasionally rare rarely
  possibility probability suggest suggested suggests certainly definite definitely doubt bunch couple largely
  generally guess guessed guesses tend suppose supposes seldom surely effectively virtually practically apparent
  rather likely possible necessarily almost partially improbable probable unlikely presumable`
    .trim()
    .split(/\s+/),
  "in general",
  "look like",
  "looks like",
  "at least",
  "be sure",
  "appear to be",
  "consistent with",
  "so far",
  "almost never",
]);

export const HEDGE_PHRASES: readonly string[] = [
  ...hedgeList.filter((phrase) => !HEDGE_EXCLUDE.has(phrase)).map(String),
  "i think",
  "i guess",
  "i believe",
  "i feel like",
  "i suppose",
  "not sure",
  "i'm not sure",
  "somewhat",
];

/**
 * Vague quantifiers and empty intensifiers: the `weasels` intensifiers, plus corporate filler
 * that sounds concrete but names nothing.
 */
const WEASEL_KEEP: ReadonlySet<string> = new Set([
  "a lot",
  "huge",
  "lots",
  "many",
  "significantly",
  "substantially",
  "vast",
  "various",
  "several",
  "remarkably",
  "exceedingly",
  "extremely",
  "somehow",
]);
export const VAGUE_PHRASES: readonly string[] = [
  ...weaselList.filter((word) => WEASEL_KEEP.has(word)).map(String),
  "a lot of",
  "numerous",
  "multiple",
  "massive*",
  "tremendous*",
  "greatly",
  "drastically",
  "dramatically",
  "considerably",
  "a bunch",
  "a ton",
  "tons of",
  "stuff",
  "and so on",
  "and so forth",
  "et cetera",
  "etc",
  "all sorts",
  "leverag*",
  "synerg*",
  "holistic*",
  "best practice*",
  "world-class",
  "cutting-edge",
  "seamless*",
  "value-add*",
  "moved the needle",
  "move the needle",
  "game changer",
  "game-changer",
  "impactful",
  "key stakeholders",
  "various stakeholders",
  "drove alignment",
  "drive alignment",
  "drove impact",
  "drive impact",
  "big impact",
  "huge impact",
  "positive impact",
  "a big difference",
  "really well",
  "went well",
  "very successful",
  "successful",
  "a success",
  "optimized",
  "enhanced",
  "robust",
];

/** Filler candidates from the `fillers` list that are fillers whatever their context in speech. */
export const SPOKEN_FILLERS = set(
  ["um", "uh", "uhm", "umm", "er", "erm", "ah", "hmm", "mm", ...fillerList.filter((w) => w === "basically")].join(" "),
);

/** Phrase groups matched with the signal matcher; each id is a cue the rules use. */
export const CUE_GROUPS: Record<string, readonly string[]> = {
  decisionNoun: [
    "decision*",
    "made the call",
    "make the call",
    "my call",
    "the call to",
    "judgment call",
    "judgement call",
    "choice",
    "went with",
    "go with",
    "going with",
    "landed on",
    "settled on",
    "bet on",
    "opted",
    "my recommendation",
    "recommendation was",
    "the proposal",
    "my proposal",
    "cut scope",
    "cut the scope",
  ],
  alternative: [
    "alternative*",
    "option*",
    "instead of",
    "instead",
    "rather than",
    "versus",
    "vs",
    "vs.",
    "plan b",
    "other approach*",
    "another approach",
    "weighed",
    "weighing",
    "evaluated",
    "considered",
    "choose between",
    "chose between",
    "decide between",
    "decided between",
    "ruled out",
    "other route*",
    "explored",
    "either",
    "pros and cons",
    "the other path",
  ],
  tradeoff: [
    "trade-off*",
    "tradeoff*",
    "trade off",
    "traded off",
    "at the cost of",
    "at the expense of",
    "gave up",
    "give up",
    "giving up",
    "sacrific*",
    "accepted the",
    "accepted a",
    "accepted that",
    "accepting that",
    "accepting a",
    "accepting the",
    "accept the risk",
    "deprioriti*",
    "descop*",
    "scoped down",
    "scoped-down",
    "scope down",
    "cut scope",
    "cut the scope",
    "deferred",
    "postponed",
    "in exchange",
    "downside",
    "cost us",
    "compromis*",
    "the price was",
    "left out",
    "dropped the",
    "punted",
    "at the risk of",
    "meant losing",
    "meant giving up",
    "meant delaying",
    "meant dropping",
  ],
  /** Weighing options in a proposal: only read in functional answers. */
  proposalComparison: [
    "i'd rather",
    "i would rather",
    "would rather",
    "better than",
    "worse than",
    "simpler but",
    "cheaper but",
    "faster but",
    "not doing",
    "wouldn't do",
    "would not do",
    "i wouldn't",
    "i would not",
    "in favour of",
    "in favor of",
  ],
  tradeoffIfDecision: [
    "even though",
    "although",
    "despite",
    "knowing that",
    "knowing it",
    "which meant",
    "meant that",
    "the cost was",
    "cost was",
    "the risk was",
    "risk",
  ],
  door: [
    "one-way door",
    "two-way door",
    "one way door",
    "two way door",
    "reversib*",
    "irreversib*",
    "roll back",
    "rollback*",
    "rolled back",
    "feature flag*",
    "kill switch",
    "undo",
    "canary",
    "a/b test*",
    "pilot*",
    "phased rollout",
    "staged rollout",
    "mitigat*",
    "fallback",
    "contingency",
    "holdout",
    "hold-out",
    "cohort",
    "of traffic",
    "test cell",
    "control group",
    "in stages",
    "phased",
    "time-box*",
    "timebox*",
  ],
  rationale: [
    "because",
    "so that",
    "given that",
    "the reason",
    "which meant",
    "since the",
    "since we",
    "to avoid",
    "in order to",
    "why",
  ],
  dissentPhrase: [
    "disagre*",
    "push* back",
    "pushback",
    "objected",
    "objection*",
    "challeng*",
    "argued",
    "argument",
    "debat*",
    "raised concerns",
    "raised a concern",
    "voiced concerns",
    "voiced my concern*",
    "concerns about",
    "wasn't convinced",
    "was not convinced",
    "weren't convinced",
    "were not convinced",
    "not aligned",
    "didn't agree",
    "did not agree",
    "don't agree",
    "conflict*",
    "tension",
    "opposed",
    "resisted",
    "overruled",
    "overrode",
    "vetoed",
    "questioned",
    "spoke up",
    "stood my ground",
    "held my position",
    "devil's advocate",
  ],
  resolution: [
    "commit*",
    "disagree and commit",
    "backed the decision",
    "backed their",
    "backed his",
    "backed her",
    "supported the decision",
    "went along",
    "went with",
    "aligned on",
    "agreed to",
    "agreed on",
    "we agreed",
    "agreed",
    "compromis*",
    "convinc*",
    "persuad*",
    "won them over",
    "won him over",
    "won her over",
    "came around",
    "changed my mind",
    "changed their mind*",
    "overruled",
    "escalat*",
    "resolved",
    "settled on",
    "middle ground",
    "once the decision was made",
    "bought in",
    "buy-in",
    "approved",
    "signed off",
    "accepted",
    "landed on",
    "went ahead",
    "gave in",
  ],
  lesson: [
    "learn*",
    "lesson*",
    "takeaway*",
    "take-away*",
    "in hindsight",
    "with hindsight",
    "looking back",
    "next time",
    "differently",
    "since then",
    "taught me",
    "going forward",
    "from then on",
    "i now",
    "now i",
    "these days i",
    "if i did it again",
    "if i were to do it again",
    "if i had to do it again",
    "i realized",
    "i realised",
    "i should have",
    "i could have",
    "i would have",
    "my mistake",
    "i was wrong",
    "what i took away",
    "made me realize",
    "made me realise",
    "what i took from",
    "what i take from",
    "what i took away",
    "what i have retained",
    "what i retained",
    "what i've retained",
    "took from it",
    "i applied this",
    "i applied that",
  ],
  accountability: [
    "my mistake",
    "my fault",
    "i should have",
    "i could have",
    "i take responsibility",
    "i took responsibility",
    "took ownership",
    "i owned",
    "i was wrong",
    "i underestimated",
    "i missed",
    "on me",
    "my part in",
    "i own",
    "i dropped the ball",
    "the mistake",
    "a mistake",
    "my name on",
    "on my planning",
    "my responsibility",
    "i owned that",
    "i owned the",
  ],
  disown: [
    "not my job",
    "not my responsibility",
    "not my call",
    "not my decision",
    "not my fault",
    "not my problem",
    "not my area",
    "not my role",
    "wasn't my job",
    "wasn't my responsibility",
    "wasn't my call",
    "wasn't my decision",
    "wasn't my fault",
    "wasn't my problem",
    "was not my job",
    "was not my responsibility",
    "was not my call",
    "was not my decision",
    "was not my fault",
    "was not my problem",
    "out of my control",
    "outside my control",
    "beyond my control",
    "nothing i could do",
    "nothing i could have done",
    "my hands were tied",
    "their fault",
    "his fault",
    "her fault",
    "blame*",
    "just following orders",
    "did what i was told",
    "i was just doing what",
    "not on me",
    "threw me under the bus",
    "because of them",
    "thanks to them",
    "only so much you can do",
    "only so much i could do",
    "only so much we could do",
    "only so much one can do",
  ],
  credit: [
    "thanks to",
    "credit to",
    "credit goes",
    "the credit",
    "couldn't have done it without",
    "could not have done it without",
    "together with",
    "worked together",
    "working together",
    "together we",
    "with the help of",
    "with help from",
    "shout-out",
    "shout out",
    "team effort",
    "the team's work",
    "the team did",
    "my team did",
    "recogni* the team",
    "recogni* their",
    "celebrated",
    "kudos",
    "grateful",
    "proud of the team",
    "proud of my team",
    "the team delivered",
    "the team shipped",
    "the team built",
  ],
  creditTaken: [
    "single-handedly",
    "singlehandedly",
    "by myself",
    "all by myself",
    "on my own",
    "all me",
    "my success",
    "i alone",
    "nobody else",
    "no one else",
    "without any help",
    "i did everything",
    "i did all",
    "all my idea",
    "my idea",
    "my win",
    "i carried",
    "my vision",
    "my baby",
    "the whole thing",
  ],
  task: [
    "my job",
    "my role",
    "my task",
    "my goal",
    "my responsibility",
    "my mandate",
    "my mission",
    "my assignment",
    "my objective",
    "my charter",
    "my remit",
    "i was asked",
    "i was tasked",
    "i was responsible",
    "i was accountable",
    "i was charged",
    "i was brought in",
    "i was hired",
    "i was assigned",
    "i was expected",
    "i was supposed",
    "i needed to",
    "i had to",
    "i wanted to",
    "i set out to",
    "i owned",
    "i was the owner",
    "i was the dri",
    "the goal",
    "our goal",
    "the task",
    "the ask",
    "the challenge was",
    "the objective",
    "we needed to",
    "we had to",
    "the target",
    "our target",
    "the mandate",
    "i stepped in",
    "i stepped up",
    "i volunteered",
    "i took on",
    "i took it on",
    "was on me",
    "fell to me",
  ],
  situation: [
    "at the time",
    "back in",
    "when i was",
    "i was a",
    "i was an",
    "i was the",
    "i worked at",
    "i worked as",
    "i was working",
    "our company",
    "our team",
    "our product",
    "there was",
    "there were",
    "the problem was",
    "the issue was",
    "the context",
    "background",
    "last year",
    "a few years ago",
    "years ago",
    "at my previous",
    "at my last",
    "in my previous",
    "in my last",
    "in my current",
    "at my current",
    "we had",
    "we were",
    "had been",
  ],
  resultMarker: [
    "as a result",
    "in the end",
    "ultimately",
    "by the end",
    "the result",
    "the results",
    "the outcome",
    "the impact",
    "we ended up",
    "ended up",
    "which meant",
    "led to",
    "resulted in",
    "end result",
    "net result",
    "after launch",
    "after we launched",
    "since launch",
    "post-launch",
    "within a month",
    "within weeks",
    "by launch",
    "finally",
    "overall",
    "in total",
    "all told",
    "the upshot",
    "to date",
    "paid off",
  ],
  targetCue: [
    "goal",
    "goals",
    "target*",
    "aim*",
    "objective*",
    "okr*",
    "wanted to",
    "needed to",
    "had to",
    "tasked",
    "asked to",
    "plan to",
    "planned to",
    "hoping to",
    "hoped to",
    "expected to",
    "projected",
    "forecast*",
    "estimated",
    "budget",
    "goal of",
  ],
  habitual: ["always", "usually", "typically", "generally", "normally", "tend to", "often", "every time", "whenever"],
  hypotheticalFrame: [
    "i would",
    "i'd",
    "we would",
    "we'd",
    "my approach would",
    "what i would do",
    "i will",
    "i'll",
    "i'm going to",
    "i am going to",
    "i'd probably",
    "i would probably",
    "i usually",
    "i always",
    "i typically",
    "i generally",
    "i tend to",
  ],
  customerNeed: [
    "pain point*",
    "their need*",
    "customer need*",
    "user need*",
    "working backward*",
    "work backward*",
    "voice of the customer",
    "customer feedback",
    "user feedback",
    "support ticket*",
    "contact rate",
    "nps",
    "csat",
    "on behalf of",
    "for our customers",
    "for customers",
    "for users",
    "their experience",
    "customer experience",
    "user experience",
    "usability",
    "interviewed",
  ],
  teamMention: [
    "team",
    "teams",
    "engineers",
    "squad",
    "my reports",
    "direct reports",
    "the engineers",
    "developers",
    "designers",
    "cross-functional",
  ],
};

/**
 * Words of working life. Every question in an interview pack is about work, so an answer that
 * uses almost none of them (a marathon, a holiday) is not answering one.
 */
export const WORK_WORDS = set(`
  team teams manager managers director directors company companies customer customers client clients user users
  product products project projects program programme programs launch launched launches engineer engineers
  engineering stakeholder stakeholders revenue metric metrics data roadmap service services feature features
  business release released deadline budget sprint colleague colleagues leadership org organization organisation
  department role job office boss vp ceo cto meeting meetings design designer designers partner partners vendor
  vendors seller sellers sales marketing finance legal support operations ops system systems platform api
  deploy deployed migration process dashboard analysis report reports quarter hire hired hiring interview
  interviews cost costs margin pricing strategy market stakeholder okr okrs kpi kpis backlog scope
  requirement requirements architecture database latency outage incident escalation contract proposal
  review reviews analytics experiment experiments pilot rollout adoption retention churn conversion`);

/**
 * Concepts that questions and answers name with different words: a question about a metric that
 * "dropped" is answered by a story where declines "doubled" and conversion "fell". Topic fit
 * counts a question word as present when the answer uses another word of the same concept.
 */
export const CONCEPTS: Record<string, string> = {
  decrease:
    "drop dropped fall fell decline declined decrease decreased dip dipped plummet plunge shrink sink slump lose lost loss down lower reduce reduced cut slash",
  increase:
    "rise rose grow grew growth increase increased jump jumped spike spiked surge climb double doubled triple up higher boost",
  metric:
    "metric metrics kpi kpis rate rates number numbers conversion revenue churn retention latency usage adoption measure dashboard",
  money:
    "money cost costs budget budgets spend spending expense expenses cheap cheaper expensive price pricing dollars savings save saved funding fund bill",
  speed: "fast quick quickly urgent urgency hours days immediately speed rapid deadline asap",
  disagree:
    "disagree disagreed disagreement object objected argue argued pushback challenge challenged dispute conflict oppose opposed dissent",
  develop:
    "develop developing coach coached coaching mentor mentored mentoring grow feedback promote promoted promotion career growth teach taught",
  hire: "hire hired hiring interview interviewed candidate candidates recruit recruited recruiting offer onboard",
  customer:
    "customer customers user users client clients shopper shoppers seller sellers buyer buyers member members subscriber subscribers",
  quality: "quality bar standard standards defect defects bug bugs polish excellence",
  failure: "fail failed failure mistake mistakes error errors wrong setback missed miss",
  data: "data analysis analytics query queries sql logs numbers dashboard evidence",
  risk: "risk risks risky exposure vulnerability threat safety security",
  decision: "decide decided decision decisions choose chose choice call judgment judgement",
  trust: "trust credibility confidence honest honesty transparent transparency",
  simplify: "simplify simplified simpler simple automate automated automation streamline",
  scale: "scale scaled expand expanded expansion broader global region regions markets",
};
