/**
 * Builders and a sample bank for the story tests and the benchmark: `buildStory()` makes a valid
 * story from a few overrides, and SAMPLE_BANK is one candidate's realistic bank (same company,
 * same jargon), which is what the near-duplicate threshold was measured on.
 */
import type { PrincipleId } from "../content/pack-schema.js";
import type { BankStory } from "./story-matrix.js";
import type { StoryContent, StoryStrength } from "./story-schema.js";
import type { PrincipleSignals } from "./story-signals.js";

let counter = 0;

export type StoryOverrides = Partial<StoryContent> & {
  id?: string;
  archived?: boolean;
  /** Shorthand for `principles`: ["dive-deep", "primary"] pairs. */
  maps?: [PrincipleId, StoryStrength][];
};

export function buildStory(overrides: StoryOverrides = {}): BankStory {
  counter++;
  const { id, archived, maps, ...content } = overrides;
  const story: StoryContent = {
    title: `Story ${counter}`,
    metrics: [],
    principles: [],
    tags: [],
    judgementCalls: [],
    ...content,
    ...(maps ? { principles: maps.map(([pid, strength]) => ({ id: pid, strength })) } : {}),
  };
  return { id: id ?? `story-test-${counter}`, content: story, ...(archived ? { archived } : {}) };
}

/** A few real-looking signals per principle, in the content pack's format. */
export const SAMPLE_SIGNALS: PrincipleSignals = {
  "customer-obsession": ["customer*", "user research", "interviewed", "pain point*", "churn*", "nps"],
  ownership: ["took ownership", "i owned", "owner*", "accountab*", "not my job", "followed through", "post-mortem"],
  "invent-and-simplify": ["simplif*", "automat*", "reus*", "new approach", "invent*", "eliminat*"],
  "are-right-a-lot": ["judgement", "judgment", "without full data", "incomplete data", "hypothes*", "reversible"],
  "learn-and-be-curious": ["learn*", "curio*", "taught myself", "read up", "explor*"],
  "hire-and-develop-the-best": ["mentor*", "coach*", "promoted", "hired", "hiring", "grew the team"],
  "insist-on-the-highest-standards": ["bar", "quality", "standard*", "defect*", "release criteria"],
  "think-big": ["vision", "platform", "multi-year", "10x", "every team"],
  "bias-for-action": [
    "quickly",
    "within a day",
    "within hours",
    "two-way door",
    "prototype*",
    "same day",
    "calculated risk",
  ],
  frugality: ["cost*", "budget*", "saving*", "saved", "frugal*", "with less", "headcount"],
  "earn-trust": ["trust", "transparen*", "candid*", "admitted", "listened", "credibility"],
  "dive-deep": ["root cause*", "dug into", "logs", "query", "queries", "data showed", "p99", "trace*", "anomal*"],
  "have-backbone-disagree-and-commit": ["disagree*", "push* back", "challenged", "commit*", "escalat*", "made my case"],
  "deliver-results": ["deliver*", "shipped", "launched", "on time", "deadline", "milestone*"],
  "strive-to-be-earths-best-employer": [
    "burnout",
    "well-being",
    "work-life",
    "inclusive",
    "psychological safety",
    "on-call load",
  ],
  "success-and-scale-bring-broad-responsibility": [
    "privacy",
    "accessib*",
    "community",
    "sustainab*",
    "second-order",
    "unintended",
  ],
};

const story = (
  id: string,
  content: Omit<StoryContent, "metrics" | "tags" | "judgementCalls"> & Partial<StoryContent>,
): BankStory => ({
  id,
  content: { metrics: [], tags: [], judgementCalls: [], ...content },
});

/** One candidate's bank: a PMT at a retail marketplace, nine distinct stories. */
export const SAMPLE_BANK: readonly BankStory[] = [
  story("story-checkout-latency", {
    title: "Cutting checkout latency before peak season",
    situation:
      "Two months before the holiday peak, checkout p99 latency had crept from 900 ms to 2.4 s and conversion on mobile was dropping.",
    task: "As the PMT for checkout I had to find the cause and get latency back under one second before the code freeze.",
    action:
      "I dug into the traces with the on-call engineer and found that a fraud check called the address service three times per order. I wrote the proposal to cache the address lookup, agreed the rollout plan with the fraud team, and ran a staged launch region by region while watching the error budget.",
    result: "Checkout p99 fell to 780 ms three weeks before the freeze and mobile conversion recovered by 1.8 points.",
    metrics: [
      { label: "p99 latency", value: "2.4 s to 780 ms" },
      { label: "mobile conversion", value: "+1.8 points" },
    ],
    principles: [
      { id: "dive-deep", strength: "primary" },
      { id: "deliver-results", strength: "primary" },
      { id: "customer-obsession", strength: "secondary" },
    ],
    judgementCalls: [
      "Cached addresses for 10 minutes, accepting a small risk of a stale address for a faster checkout.",
    ],
  }),
  story("story-launch-date", {
    title: "Pushing back on a launch date set by my director",
    situation:
      "My director committed to launching the new returns flow in six weeks to match a competitor announcement.",
    task: "I owned the launch plan and believed the date would ship a flow that failed for gift returns.",
    action:
      "I challenged the date in our weekly review and made my case with data: 14% of returns were gifts and the gift path had no refund logic yet. I proposed launching to non-gift returns on the date and gifts four weeks later. My director disagreed at first; we settled on the split launch and I committed fully to the date for the first phase.",
    result:
      "Phase one launched on the committed date with no refund errors, and gift returns followed four weeks later.",
    principles: [
      { id: "have-backbone-disagree-and-commit", strength: "primary" },
      { id: "earn-trust", strength: "secondary" },
    ],
    dissent: "My director wanted one launch; I disagreed and proposed two phases, then committed once we agreed.",
  }),
  story("story-vendor-cost", {
    title: "Halving the image-processing bill",
    situation:
      "Our product-image pipeline paid a third-party vendor per image, and the bill had tripled in a year as sellers uploaded more photos.",
    task: "Finance asked every team to cut run costs by 20% without slowing seller onboarding.",
    action:
      "I analysed which images were processed and found that 40% were duplicates re-uploaded by the same sellers. I worked with one engineer to add a hash check before the vendor call and renegotiated the contract to a tiered price.",
    result: "The monthly bill fell by 52%, saving about $600k a year, with no change to onboarding time.",
    metrics: [{ label: "annual saving", value: "$600k" }],
    principles: [
      { id: "frugality", strength: "primary" },
      { id: "invent-and-simplify", strength: "secondary" },
    ],
  }),
  story("story-mentoring", {
    title: "Growing a new associate PM into owning a feature",
    situation:
      "A new associate PM joined my team straight from university and struggled to write requirements engineers trusted.",
    task: "My manager asked me to get her ready to own a feature on her own within two quarters.",
    action:
      "I mentored her weekly: she drafted, I reviewed with written comments, and then she presented to the engineers herself. I coached her on handling pushback and gave her the seller-notifications feature as a real stretch project.",
    result:
      "She shipped seller notifications on time and was promoted a year later; two engineers asked to work with her again.",
    principles: [{ id: "hire-and-develop-the-best", strength: "primary" }],
  }),
  story("story-onboarding-research", {
    title: "Redesigning seller onboarding after customer interviews",
    situation: "Only 35% of new sellers listed a first product within a week of signing up.",
    task: "I was asked to raise activation without adding support staff.",
    action:
      "I interviewed 20 sellers who had dropped out and watched five sign up live. The pain point was tax forms asked for before anything else. I moved tax setup after the first listing and explored a guided first-listing flow with design.",
    result: "Week-one activation rose from 35% to 51% and onboarding tickets fell by a third.",
    metrics: [{ label: "week-one activation", value: "35% to 51%" }],
    principles: [
      { id: "customer-obsession", strength: "primary" },
      { id: "learn-and-be-curious", strength: "secondary" },
    ],
  }),
  story("story-outage", {
    title: "Owning a payments outage that was not my team's",
    situation:
      "On a Saturday, card payments failed for 40 minutes because of an expired certificate in a service no team claimed.",
    task: "Nobody was on call for that service, so I took ownership of the incident even though it was outside my area.",
    action:
      "I pulled in the engineer who last changed the service, got the certificate renewed within hours, and wrote the post-mortem. I then followed through by getting the service assigned an owner and certificate expiry alarms added.",
    result: "Payments recovered the same day, and no certificate outage has happened since.",
    principles: [
      { id: "ownership", strength: "primary" },
      { id: "bias-for-action", strength: "secondary" },
    ],
  }),
  story("story-pricing-call", {
    title: "Choosing a shipping fee without complete data",
    situation:
      "We had to set a new shipping fee for bulky items before a carrier contract started, with only two weeks of cost data.",
    task: "I had to recommend a fee the business could live with for a quarter.",
    action:
      "I built three scenarios from the incomplete data, tested the hypothesis that customers would accept a flat fee with a small survey, and recommended the middle option as a reversible choice we would revisit after one month.",
    result: "The fee covered 97% of carrier cost in the first month and complaints stayed flat.",
    principles: [
      { id: "are-right-a-lot", strength: "primary" },
      { id: "bias-for-action", strength: "secondary" },
    ],
    judgementCalls: [
      "Chose a flat fee over weight-based pricing: simpler for customers, accepting some loss on the heaviest items.",
    ],
  }),
  story("story-platform-vision", {
    title: "Turning three promotion tools into one platform",
    situation:
      "Three teams had each built their own promotion engine, and every new promotion type took a quarter to launch.",
    task: "I wanted to change how the whole organisation launched promotions, not only my team's.",
    action:
      "I wrote a vision document for a single promotion platform every team could configure, won sponsorship from two directors, and planned a multi-year migration that delivered value each quarter.",
    result:
      "New promotion types now take two weeks instead of a quarter, and two of the three old engines are retired.",
    principles: [{ id: "think-big", strength: "primary" }],
  }),
  story("story-release-criteria", {
    title: "Raising the release bar for the seller app",
    situation: "The seller app shipped every two weeks, and crash reports after each release kept climbing.",
    task: "I was responsible for release quality and wanted crashes down without slowing the cadence.",
    action:
      "I set release criteria with the engineering manager: a crash-free rate gate, a staged rollout and a defect review before each release. I held a release back twice when it missed the bar.",
    result: "The crash-free rate rose from 97.1% to 99.6% in three months while we kept the two-week cadence.",
    principles: [{ id: "insist-on-the-highest-standards", strength: "primary" }],
  }),
];

/** The checkout story retold in other words, for another principle: a near-duplicate. */
export const CHECKOUT_RETOLD: BankStory = story("story-checkout-retold", {
  title: "Mobile shoppers abandoning a slow checkout",
  situation:
    "Shoppers on phones were giving up at checkout in the weeks before the holidays because the page took seconds to respond.",
  task: "I led checkout and had to make it fast again before we froze code for the peak.",
  action:
    "I looked at the traces with our on-call engineer: the fraud service was calling the address service three times per order. I suggested caching addresses, got the fraud team to agree, and rolled it out one region at a time.",
  result: "Latency went under 800 ms and mobile conversion recovered almost two points.",
  principles: [{ id: "customer-obsession", strength: "primary" }],
});

/** Another story from the same checkout project, about a different judgement: not a duplicate. */
export const CHECKOUT_SIBLING: BankStory = story("story-fraud-team", {
  title: "Convincing the fraud team to accept cached addresses",
  situation:
    "During the checkout latency work, the fraud team refused any cache in front of the address service, fearing attackers would exploit stale addresses.",
  task: "I needed their agreement without weakening fraud protection.",
  action:
    "I met their lead, listened to the attack they worried about, and pulled six months of fraud cases: none involved an address changed within ten minutes of an order. I proposed a ten-minute cache with a bypass for accounts flagged as risky, and offered a weekly joint review of fraud rates for the first month.",
  result:
    "They signed off in a week, fraud rates stayed flat, and the fraud lead now invites me to their quarterly planning.",
  principles: [{ id: "earn-trust", strength: "primary" }],
});
