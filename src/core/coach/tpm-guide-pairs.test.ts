/**
 * The three BAD/GOOD pairs from the TPM interview guide ("Mistakes to avoid"), written out as
 * full answers around the guide's example sentences. Each BAD answer must score below its GOOD
 * twin and get at most "Not Inclined".
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPack } from "../content/load-pack.js";
import { analyzeAnswer } from "./analyze-answer.js";

function loadAmazonPack() {
  const root = new URL("../../../content/amazon/", import.meta.url);
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".yaml"))
    .map((path) => ({ path: path.split("\\").join("/"), text: readFileSync(new URL(path, root), "utf8") }));
  const result = loadPack(files);
  if (!result.ok) throw new Error(`content pack does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.pack;
}

const pack = loadAmazonPack();

interface Pair {
  name: string;
  questionId: string;
  bad: string;
  good: string;
}

const PAIRS: Pair[] = [
  {
    name: "responsibilities listed instead of decisions shown",
    questionId: "bhv-deliver-results-03",
    bad: `In my last role I was the technical program manager for our mobile checkout. I managed a cross-functional team of ten engineers to launch a new feature, a saved-cards wallet, ahead of the holiday season.

My responsibilities covered the whole program. I ran the sprint planning and the daily stand-ups. I maintained the project plan, the risk register and the dependency tracker. I coordinated with the payments team, the security team and the design team, and I made sure everyone had what they needed. I sent a weekly status report to our director and presented the program at the monthly business review.

As the launch approached, I organised the launch readiness review and the go/no-go meeting, and I wrote the launch communication for customer support and marketing. I also tracked the bug burn-down closely and made sure that the critical bugs were fixed before we went live.

The feature launched before the holidays and it was well received by customers and by leadership. The team did a great job, and the program was seen as a success. It was a good example of how I keep complex cross-functional work organised and on schedule.`,
    good: `I was the technical program manager for a saved-cards wallet in our mobile checkout, with ten engineers, and the launch was planned for mid-November so that customers could use it through the holiday peak.

When the marketing team demanded a launch date two weeks earlier than engineering estimated, to line up with a Black Friday campaign they had already sold to our partners, I had a real conflict on my hands. I laid out three options for our director: keep the date and miss the campaign, add engineers from another team, or cut scope. Adding people two months before launch would have slowed the team down, and missing the campaign meant losing the biggest traffic window of the year.

I negotiated a scoped-down MVP that preserved core user value while meeting the market window. I pulled our checkout data and found that 85% of repeat purchases used a single card, so saving one card and paying with it in one tap was the core value. I proposed to cut multi-card management, card nicknames and the wallet settings page, and move them to a January release. The design lead pushed back on losing the settings page; we agreed to keep a single "remove card" link so customers stayed in control, and I accepted that support would handle card edits manually for six weeks.

We launched on the earlier date. During the campaign, 31% of returning customers saved a card, checkout time for them fell from 74 to 41 seconds, and conversion on mobile rose by 3.2 points. Multi-card management shipped in the second week of January as promised.

What I learned is to separate the date from the scope early: now I ask in every plan review which features carry the core value, so the cut list exists before anyone needs it.`,
  },
  {
    name: "a one-sentence claim instead of a story",
    questionId: "bhv-customer-obsession-05",
    bad: "I am customer-obsessed because I always listen to users.",
    good: `At a subscription streaming service I was the product manager for the sign-up and cancellation flows. Our quarterly target was to cut monthly churn by a full point, and the growth team had just added two extra retention screens to the cancellation flow, each offering a discount. On paper it worked: cancellations completed inside the app dropped by 18%.

But customer feedback conflicted with the internal metric. When I read the support transcripts, the number of customers contacting support to cancel had doubled, and our app-store reviews were full of people calling the flow a trap. I called twelve of those customers myself, and several said they would never come back because of how hard it had been to leave.

I had to decide whether to keep the screens and hit the target, or remove them and take the churn hit. I put numbers on both sides: the screens saved about 4,000 subscriptions a month, but the customers who fought their way out were three times less likely to ever resubscribe, and each support contact cost us eight dollars. I chose to put the customer experience first: I replaced the two screens with a single, optional pause offer and a one-tap cancel, accepting that we would miss the quarter's churn target by about half a point. I walked the growth lead and our VP through the analysis before the change, and the VP agreed to move the target.

Three months later, cancellation contacts to support were down 60%, the app-store rating rose from 3.1 to 4.2, and resubscriptions from customers who had cancelled grew by 22%, which brought back more revenue than the retention screens had protected.

The lesson I took away is that a retention number can hide a broken promise to customers, so I now pair every retention metric with a measure of how customers feel about leaving.`,
  },
  {
    name: "a design diagram without the why",
    questionId: "sd-28",
    bad: `For the product catalogue service I would put the data in AWS. I used DynamoDB for storage, with one table for products and one table for seller submissions.

Sellers and vendors would send their product data through an API Gateway to a set of Lambda functions, which validate the fields and write them into DynamoDB. Product pages would read the product table through another API, and there would be a CloudFront distribution in front of the images, which are stored in S3.

For search I would send the product data to OpenSearch with a stream from DynamoDB. I would use SQS between the services so that everything is decoupled, and SNS to notify other teams when a product changes.

There would also be an admin tool for the catalogue team built with React, so they can fix products by hand. Logs and metrics would go to CloudWatch, and the whole stack would be defined in CloudFormation and deployed to three regions.

This gives us a modern serverless architecture that scales automatically and needs very little operational work, and it can grow with the number of products and sellers over time.`,
    good: `I would start by clarifying the load, because it drives every choice. Assume 500 million products at about 5 KB of detail each, so roughly 2.5 TB of merged data, one million page reads per second at peak, a read latency target of 10 ms at p99, and a few thousand contributions per second from sellers and vendors that should appear on the page within minutes. That is an extremely read-heavy workload with simple key lookups by product ID.

The first design decision is to separate writes from reads. Every contribution is stored on its own, keyed by product and contributor, and a merge service computes one golden record per product using source authority and quality rules, so a seller can never simply overwrite a best-seller's title.

For the read model I compared three options. A relational database such as RDS gives flexible queries, but we only need lookups by key, and sharding it to one million reads per second would cost a lot of operational effort. An in-memory store such as ElastiCache alone is fast, but keeping 2.5 TB in memory is expensive and it is not a durable source of truth. I would choose DynamoDB for the materialised read model, because it gives single-digit millisecond key lookups at this scale without us managing shards, and put a cache in front of it for the hottest products. The trade-off is weaker query flexibility and a higher cost per write, which is acceptable because writes are rare compared with reads.

Attribute schemas differ by product type, so I would store attributes as a versioned document per product type and keep every historical version, which also lets us revert a hijacked title quickly.

Finally, I would monitor merge latency, the cache hit ratio and customer-reported data defects, and alarm on spikes of edits to high-traffic products. If traffic patterns shifted, for example to heavy attribute queries, I would add a secondary index or a search store for that path rather than change the primary store.`,
  },
];

describe("TPM guide: BAD answers score below their GOOD twins", () => {
  it.each(PAIRS.map((p) => [p.name, p] as const))("%s", (_name, pair) => {
    const question = pack.questions.find((q) => q.id === pair.questionId);
    expect(question).toBeDefined();
    const context = { principles: pack.principles };
    const bad = analyzeAnswer({ answer: pair.bad, question }, context);
    const good = analyzeAnswer({ answer: pair.good, question }, context);
    expect(bad.score).toBeLessThan(good.score);
    expect(bad.vote).toBeLessThan(good.vote);
    expect(bad.vote).toBeLessThanOrEqual(2);
    expect(good.vote).toBeGreaterThanOrEqual(3);
  });
});

describe("TPM guide: the one-sentence versions", () => {
  it("keeps even the guide's bare example sentences in order, both too short to pass", () => {
    const context = { principles: pack.principles };
    const question = pack.questions.find((q) => q.id === "bhv-deliver-results-03");
    const bad = analyzeAnswer(
      { answer: "I managed a cross-functional team of ten engineers to launch a new feature.", question },
      context,
    );
    const good = analyzeAnswer(
      {
        answer:
          "When the marketing team demanded a launch date two weeks earlier than engineering estimated, I negotiated a scoped-down MVP that preserved core user value while meeting the market window.",
        question,
      },
      context,
    );
    expect(bad.score).toBeLessThan(good.score);
    expect(bad.vote).toBe(1);
    expect(good.redFlags.map((f) => f.id)).toContain("too-short");
  });
});
