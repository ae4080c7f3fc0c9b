/**
 * Development answers: realistic, varied answers (most 250-400 words) the coach is developed
 * against, with what a careful human interviewer would say about each. They include the hard
 * cases: an implied task, blame without trigger words, vagueness despite names and numbers,
 * numbers that are not results, a good "we" next to a personal "I", negation, a metric only in
 * the situation, a list of responsibilities with no decision, and a spoken transcript with tag
 * questions. They are not the held-out evaluation set (that lives in test/fixtures/coach/).
 */
import type { CriterionId, CriterionStatus, RedFlagId } from "./coach-result-schema.js";

export interface DevSample {
  id: string;
  questionId: string;
  spoken?: boolean;
  /** Why this sample exists. */
  note: string;
  answer: string;
  expect: {
    voteAtLeast?: number;
    voteAtMost?: number;
    flags?: RedFlagId[];
    noFlags?: RedFlagId[];
    criteria?: Partial<Record<CriterionId, CriterionStatus[]>>;
  };
}

export const DEV_SAMPLES: DevSample[] = [
  {
    id: "strong-backbone",
    questionId: "bhv-have-backbone-disagree-and-commit-01",
    note: "A complete disagreement story: data, respectful challenge, resolution, commitment, numbers, lesson.",
    answer: `Two years ago I was the product manager for seller onboarding at a mid-sized marketplace. New sellers needed eleven days on average to list their first product, and about 30% gave up before listing anything.

My director wanted to solve this with a redesigned onboarding wizard that the design team had already mocked up. I disagreed. When I read through 150 support tickets from sellers who had abandoned, most of them were stuck waiting for tax-document verification, which the wizard did not touch at all.

I asked for thirty minutes in our weekly review and brought the ticket analysis, a funnel broken down by step, and recordings of three sellers I had interviewed myself. I laid out two options: the wizard, which the team could ship in six weeks, or automating the tax check with our payments provider, which needed ten weeks and an integration nobody on my team had built before. I recommended the automation, accepting that we would miss the quarter's design milestone and that I would have to explain that slip to our VP.

My director pushed back hard; his strongest point was that the wizard also fixed confusing copy that sellers complained about. I agreed that was real, so we compromised: I would take the two copy fixes into the automation project, and he would hold the wizard for one quarter. Once we had decided, I committed fully. I presented the plan to the VP as our joint plan and not as my win.

Priya, our lead engineer, built the integration and found a way to reuse the provider's existing verification API, which saved us two weeks. We launched in nine weeks. Time to first listing fell from eleven days to four, and abandonment dropped from 30% to 18% over the next quarter.

What I learned is to bring the customer evidence before the opinion. I now share a one-page data summary before any roadmap debate, which makes these discussions much shorter.`,
    expect: {
      voteAtLeast: 3,
      noFlags: ["hypothetical", "disowning", "vague", "off-topic", "too-short", "team-credit-taken"],
      criteria: {
        dissent: ["met"],
        judgment: ["met"],
        "quantified-result": ["met"],
        "first-person": ["met"],
        "team-credit": ["met"],
        learning: ["met"],
      },
    },
  },
  {
    id: "implied-task",
    questionId: "bhv-ownership-01",
    note: "Good ownership story whose task is never stated as a task; it is implied by what the candidate picked up.",
    answer: `At my last company, refunds for damaged deliveries went through three teams: customer support logged the claim, the warehouse team checked the photos, and finance approved the payout. Each team had its own queue and its own definition of done. Nobody looked at the whole flow, and when a claim stalled between two queues, it simply sat there.

I noticed it during a weekly metrics review when I saw that the median refund took nine days, while our promise to customers was three. I pulled two months of claims from the three systems and joined them on the order number. The joined data showed that 70% of the delay happened in hand-offs, not in any team's own work.

I wrote a two-page proposal for a single claims tracker with one owner per claim and a clock that started when the customer filed. I walked it through with each team lead separately first, because I knew that presenting it cold in a big meeting would make it look like I was blaming them. The warehouse lead was worried about the extra workload, so I offered to build the first version myself in our existing ticketing tool rather than asking for engineering time. I set up the automation rules over two weekends, and I ran the daily stand-up on stalled claims for the first month until the support lead agreed to take it over.

The median refund time dropped from nine days to 2.5 days within six weeks, and refund-related contacts fell by 35%. The support lead still runs that stand-up today.

Looking back, I should have involved finance earlier, since their approval rules caused the last few days of delay and I only found that out in week four.`,
    expect: {
      voteAtLeast: 3,
      criteria: { task: ["partial", "met"], "quantified-result": ["met"], "first-person": ["met"] },
      noFlags: ["hypothetical", "disowning", "off-topic"],
    },
  },
  {
    id: "blame-without-triggers",
    questionId: "bhv-deliver-results-09",
    note: "Complaints about a partner team with no trigger words like 'blame' or 'not my job'.",
    answer: `I was running the launch of a new loyalty programme for our mobile app, and the work depended on the payments platform team, who owned the points ledger.

From the start, their team was a problem. Their estimates were always wildly optimistic, and their first API drop was missing half of the fields we had agreed on. Their engineers never answered our questions in the shared channel, and when they finally did, the answers contradicted the spec they had written themselves. Their QA was sloppy; we found basic bugs in the ledger that should have been caught in their unit tests. Their manager kept changing priorities every sprint, so we never knew which features would actually arrive.

I raised this in our weekly program review several times and documented every missed date in a tracker so that leadership could see the pattern. I also asked my own engineers to write extra integration tests around their API, because we could not trust what they delivered.

In the end, the launch slipped by seven weeks because the ledger was not ready, and we had to cut the referral bonus feature entirely. Their director eventually admitted that they had overcommitted. The programme did launch in the spring and reached about 200,000 members in the first month, which was below our target of 300,000, mostly because of the late start they caused.

The experience showed me how much a partner team's discipline can affect your delivery. Their lack of planning made a straightforward launch much harder than it needed to be, and the delay was really outside what my team could control.`,
    expect: { voteAtMost: 2, flags: ["disowning"] },
  },
  {
    id: "vague-despite-names",
    questionId: "bhv-deliver-results-04",
    note: "Full of names and a number or two, but the result is vague adjectives.",
    answer: `The most significant result I have delivered was the personalisation initiative at Northwind Retail, where I was a senior product manager working closely with the data science team led by Marco and the marketing team under Aisha.

We had a lot of customer data that was not being used effectively, and leadership felt that we were falling behind competitors like Zalando and ASOS. I brought together various stakeholders from engineering, marketing, data science and merchandising, and we spent several weeks aligning on a vision for a more personalised shopping experience.

I drove alignment across the different teams and leveraged our existing infrastructure wherever possible. We ran numerous workshops, created a roadmap with multiple phases, and established best practices for how the teams would collaborate. I made sure that key stakeholders were kept informed with regular updates, and I worked to remove blockers as they came up.

We launched the first phase in the UK and Germany, and then rolled it out across other markets. The results were very successful. Engagement improved significantly, customers responded really well to the new recommendations, and conversion went up a lot in the markets where we launched. The feedback from leadership was extremely positive, and the initiative was highlighted in the quarterly all-hands as a big win for the company.

It was a huge team effort and it made a big difference to how the company thinks about personalisation. It also helped me grow a lot as a leader, because I learned how to bring many different groups together around a shared goal and keep them moving in the same direction.`,
    expect: { voteAtMost: 2, flags: ["vague"], criteria: { "quantified-result": ["missing", "partial"] } },
  },
  {
    id: "numbers-not-results",
    questionId: "bhv-deliver-results-01",
    note: "Many numbers (years, team sizes, versions, durations, counts) and none is an outcome.",
    answer: `In 2019 I joined a logistics start-up as the technical program manager for our routing platform, version 3.2 at the time, which about 40 internal services depended on. I had a team of 12 engineers split across two time zones, plus 3 contractors, and a budget for 18 months of work.

Our plan assumed that we could move route optimisation onto a commercial solver licensed from a vendor. About 6 months in, the vendor was acquired and announced that the solver would be discontinued within a year. That assumption, which the whole 2020 roadmap rested on, collapsed overnight.

I called a working session with our two tech leads the same week. We listed the 4 options we could see: negotiate an extended licence, switch to another commercial solver, adopt an open-source solver, or build our own heuristics on top of the old version 2 code. I set up a two-week spike in which 3 engineers tested the open-source solver against 500 historical routing problems, while I negotiated with the vendor for a 12-month extension as a fallback.

The spike showed that the open-source solver handled 90 of the 500 problems poorly, all of them with more than 200 stops. I decided to combine approaches: the open-source solver for small routes and our own heuristics for the large ones. I rewrote the milestone plan into 3 phases of 8 weeks each and reviewed it with our VP.

We shipped routing platform 4.0 in the second quarter of 2021, moved all 40 services over during the following 10 weeks, and retired the vendor dependency before the extension ran out.

I learned to ask in every plan review which single assumption would hurt most if it broke, and to have a fallback ready for it.`,
    expect: { voteAtMost: 3, criteria: { "quantified-result": ["missing", "partial"], judgment: ["met"] } },
  },
  {
    id: "we-and-i",
    questionId: "bhv-deliver-results-03",
    note: "A good 'we' for the team next to a clear, personal 'I' for the candidate's decisions.",
    answer: `Last year our team was building a new returns portal for a home-goods retailer, and we had committed to launching before the holiday peak, because returns triple in January and the old portal could not handle that load. Six weeks before the date, our estimates showed that we were about four weeks short.

I owned the launch, so the call on what to cut was mine. I listed all eleven features in the plan and scored each with the team on two things: how many returns it touched and how risky it was to build. I also pulled the previous January's contact data myself to see which problems drove calls to support. Two features stood out: label printing at home and instant refunds for low-value items. Together they covered about 80% of the contacts.

I proposed cutting the exchange flow, the multi-item returns cart and the carrier choice screen. The exchange flow was the hardest cut, because our merchandising lead wanted it badly. I sat down with her, showed her the contact data, and agreed that we would ship exchanges as the first item in February. She was not happy, but she agreed to the plan, and I put that commitment in writing in the launch doc so it would not get lost.

We then focused the whole team on the smaller scope. Our engineers rebuilt the label service in three weeks, and our QA lead ran load tests at five times the expected peak. We launched on time. In January the portal handled 180,000 returns, support contacts about returns fell by 40% compared with the previous January, and we shipped exchanges in the second week of February as promised.

What I would do differently is run the scope review at the halfway point rather than waiting until six weeks before the date.`,
    expect: {
      voteAtLeast: 3,
      criteria: {
        "first-person": ["met"],
        "team-credit": ["met", "partial"],
        judgment: ["met"],
        "quantified-result": ["met"],
      },
      noFlags: ["team-credit-taken", "hypothetical"],
    },
  },
  {
    id: "negation",
    questionId: "bhv-bias-for-action-01",
    note: "Negated judgement and dissent: no alternatives, nobody disagreed, nothing measured.",
    answer: `When I was a product manager at a travel booking company, we had to decide whether to turn on a new pricing algorithm for hotel rooms before the summer season. The data science team had built it, but we only had two weeks of test data from a small market, and the summer season was starting.

I did not consider alternatives at the time, because the algorithm seemed like the obvious next step and everyone was excited about it. Nobody disagreed with the plan in the review meeting, and I did not push back on the timeline either. I did not set up a rollback plan, because I assumed that the data science team had already tested it properly.

We turned the algorithm on for all markets at once at the start of June. I sent an announcement to the commercial teams and updated the internal wiki with the new pricing logic. I also held a short training session for the account managers so they could explain the new prices to hotel partners who asked about them.

Over the summer, some hotel partners complained that their rooms were priced too low on busy weekends, and the account managers spent a lot of time handling those calls. We did not measure the impact on revenue directly, because the finance reports were only produced quarterly and by the time they came in, other changes had also happened.

In the end the algorithm stayed in place and it became the standard for the following year. I think it was the right decision overall, because we needed to move quickly and the summer season would not wait for perfect data.`,
    expect: {
      voteAtMost: 2,
      criteria: { judgment: ["missing", "partial"], dissent: ["missing"], "quantified-result": ["missing"] },
    },
  },
  {
    id: "metric-only-in-situation",
    questionId: "bhv-dive-deep-01",
    note: "The only numbers describe the starting point; the ending is unquantified.",
    answer: `At a subscription meal-kit company, our monthly retention dashboard showed 92% of subscribers staying each month, which was well above the industry average of about 85%, and leadership was very happy with that number.

I was the product manager for the subscription experience, and something about it bothered me: our customer support team was handling more and more calls about skipped deliveries. I wanted to understand whether those two things fit together.

I started by pulling the raw subscription events myself instead of relying on the dashboard. I found that the dashboard counted a customer as retained if their subscription was active, even if they had skipped every delivery that month. I then segmented subscribers by how many deliveries they actually received in the last quarter, and I built a small cohort analysis in SQL to follow each group over time. That showed a large group of customers who were technically subscribed but had not received a box in two or three months, and who almost always cancelled later.

I wrote up the findings in a short document, walked my manager and the head of analytics through the queries, and proposed a new definition of an active subscriber based on deliveries received instead of subscription status. The analytics team checked my numbers and agreed with the change. I also worked with the lifecycle marketing team to design an outreach campaign for customers who had skipped two deliveries in a row.

After the new definition was adopted, the retention picture looked quite different and much less rosy, but it finally matched what support was hearing. The outreach campaign helped bring a good share of the skipping customers back, and the leadership team started using the new metric in the weekly business review.

I learned to always check how a number is calculated before celebrating it.`,
    expect: { voteAtMost: 3, criteria: { "quantified-result": ["partial"], learning: ["met", "partial"] } },
  },
  {
    id: "responsibilities-list",
    questionId: "bhv-deliver-results-04",
    note: "A list of responsibilities in bullets, with no decision, alternative or trade-off.",
    answer: `In my current role as a senior technical program manager at a cloud storage company, I am responsible for the delivery of our enterprise backup product. Here is what that covers:

- I managed a cross-functional team of ten engineers, two designers and a product manager to launch the new backup scheduling feature.
- I ran the weekly program review with engineering, product, support and sales leads.
- I maintained the program roadmap and the risk register, and I updated both every sprint.
- I coordinated the dependencies with the identity team and the billing team.
- I prepared the monthly status report for our director and the VP of engineering.
- I organised the launch readiness review, the go/no-go meeting and the launch communication plan.
- I worked with support to write the runbooks and the customer FAQ.
- I tracked the bug burn-down and made sure that all critical bugs were fixed before launch.

The launch happened in the third quarter as planned, and the feature is now used by enterprise customers across several regions. The program was considered a success by leadership, and the team was recognised in the engineering all-hands for delivering on time.

Throughout the program I focused on clear communication and keeping everybody aligned, because with so many teams involved it is easy for information to get lost. I also made sure that risks were visible early so that leadership could help when needed. This experience shows my ability to deliver complex cross-functional programs on schedule and to keep many stakeholders informed and engaged along the way.`,
    expect: { voteAtMost: 2, criteria: { judgment: ["missing"] } },
  },
  {
    id: "spoken-transcript",
    questionId: "bhv-customer-obsession-04",
    spoken: true,
    note: "A speech transcript: little punctuation, fillers, 'right?' tag questions; the content is decent.",
    answer: `so um this was at my last job I was the PM for the mobile app at a grocery delivery company and um basically I was going through the app reviews every Monday which I always did right and I noticed like a bunch of people saying the substitution thing was confusing so I pulled the data and it turned out like 22 percent of orders had at least one substitution and customers were rejecting them at the door which nobody had flagged because the complaint rate looked fine right so you know I dug into it and I called um fifteen customers myself and I mean the pattern was really clear they didn't know a substitution was coming until the driver showed up so I wrote a short proposal to send a push notification with a photo of the substitute and let people approve or reject it before the driver left the store and the engineering lead was worried about the extra load on the pickers so we agreed to pilot it in two stores first and um I ran the pilot myself for three weeks I sat with the pickers in the store and we changed the flow twice based on what they told us and then we rolled it out everywhere and rejections at the door went down from like 22 percent to 9 percent and the refund cost dropped by about 40,000 dollars a month and honestly the big lesson for me was that the dashboards only tell you about the problems you already know to measure right so now I read the raw feedback every week no matter what the numbers say`,
    expect: {
      voteAtLeast: 2,
      criteria: { "quantified-result": ["met"], customer: ["met"] },
      noFlags: ["off-topic", "too-short"],
    },
  },
  {
    id: "hypothetical",
    questionId: "bhv-have-backbone-disagree-and-commit-01",
    note: "Answers a behavioural question with what the candidate would do, not what they did.",
    answer: `That's a great question. When I disagree with my manager, I always try to approach it with data rather than opinions, because I think that is the most respectful way to handle a disagreement.

First, I would make sure that I fully understand my manager's point of view. I would ask questions to understand what is driving their position, what constraints they are under and what information they have that I might not have. Often a disagreement comes from the two people having different information, so I would try to close that gap first.

Then I would gather the data that supports my position. Depending on the situation, that could be customer research, usage analytics, support tickets or a quick prototype. I would put that together in a short document so that my manager can read it before we meet, and I would present it in a one-on-one rather than in a big meeting, so that nobody feels put on the spot.

If my manager still disagrees after seeing the data, I would consider whether the decision is reversible. If it is a two-way door, I would usually commit to their direction and suggest that we measure the results so we can revisit it later. If it is a one-way door and I feel strongly, I would escalate respectfully, and I would tell my manager before I do it.

Once a decision is made, I would commit fully and support it in front of the team, even if it was not what I wanted. I believe that disagree and commit is one of the most important principles, and I try to practise it in every role I take on.`,
    expect: { voteAtMost: 2, flags: ["hypothetical"] },
  },
  {
    id: "mostly-we",
    questionId: "bhv-invent-and-simplify-01",
    note: "Everything is 'we'; the candidate's own part is invisible.",
    answer: `At my previous company, the process for launching a new marketing campaign had become very slow. It took about six weeks from idea to launch, and most of that time was spent waiting for approvals from legal, brand and the regional teams.

We decided that we needed to fix this. We started by mapping the whole process on a whiteboard, and we found that there were eleven separate approval steps, several of which were checking the same things. We talked to the people in each team to understand why their step existed, and we found that some of the steps had been added years earlier for reasons that no longer applied.

We then proposed a simpler process with three approval steps instead of eleven. We created templates for the most common campaign types, so that legal and brand could pre-approve the standard language once instead of reviewing it every time. We also set up a shared tracker so everyone could see where each campaign was in the process.

We ran the new process as a pilot with the spring campaigns, and we adjusted it based on the feedback from the regional teams. After the pilot, we rolled it out to all campaigns.

The time from idea to launch went down from six weeks to about two weeks, and the number of campaigns we launched per quarter went up by 50%. The marketing teams were much happier with the process, and legal told us that they actually felt more confident, because the templates made the reviews more consistent.

We learned that a lot of process comes from old problems that nobody remembers, and that it is worth asking why each step exists.`,
    expect: { voteAtMost: 2, criteria: { "first-person": ["missing", "partial"] } },
  },
  {
    id: "credit-taken",
    questionId: "bhv-deliver-results-04",
    note: "A team's work told as the candidate's alone.",
    answer: `The most significant result of my career was rebuilding the search experience for an online furniture store where I led a team of nine engineers and two designers.

When I joined, search was the weakest part of the site. Only 18% of searches led to a product view, and customers often used the search bar to look for things like "grey sofa under 800" that the old keyword engine simply could not understand.

I single-handedly rewrote the search strategy. I analysed six months of search logs and found that almost half of the failed searches contained a colour, a price or a size. I designed a new query parser that extracted those attributes and turned them into filters. I rebuilt the ranking model so that it used click and purchase data instead of only text matching. I redesigned the results page so that the extracted filters were shown to the customer and could be removed with one click. I also set up the A/B testing framework that we used to validate every change, and I ran every experiment myself.

The results were dramatic. I increased the share of searches that led to a product view from 18% to 41%. I grew search-driven revenue by 27% in the first quarter after launch, and I reduced the number of zero-result searches by 60%. I delivered the whole project in five months, ahead of the six-month plan.

Leadership recognised the project as the biggest conversion win of the year, and it was the main reason I was promoted to senior product manager the following cycle. It showed me what I can achieve when I take full ownership of a problem from end to end.`,
    expect: { voteAtMost: 2, flags: ["team-credit-taken"] },
  },
  {
    id: "customer-above-and-beyond",
    questionId: "bhv-customer-obsession-01",
    note: "A strong customer story with an internal customer, personal sacrifice and numbers.",
    answer: `My customer in this story was internal: the fraud investigations team at the payments company where I was a product manager for the risk platform. There were 25 investigators, and they reviewed flagged transactions all day using a tool my team owned.

In a quarterly survey, the investigators rated the tool two out of five, and their manager told me that reviews were taking about eleven minutes each. The standard response would have been to add their requests to our backlog, which was already full of work for the external merchant dashboard that leadership cared more about.

Instead, I asked to shadow the investigators for two full days. I sat next to four of them and timed every step. I saw that they spent more than half of each review copying data between three different screens, and that they kept a personal spreadsheet of known good merchants because our tool had no way to record that.

I went back and made the case to my director to move one engineer from the merchant dashboard to the investigators' tool for six weeks. That meant delaying a merchant-facing reporting feature by a month, which I had to explain to the sales team myself. I wrote the requirements with two of the investigators in the room, and every Friday I showed them the latest build and changed the priorities based on what they said.

We shipped a single review screen with the three data sources combined and a shared list of trusted merchants. The average review time dropped from eleven minutes to four, the team cleared a backlog of 3,000 cases in three weeks, and the next survey rated the tool four out of five. Their manager now sends me her team's top problems every month.

I learned that internal customers deserve the same discovery work as paying ones, because their pain quietly becomes the company's cost.`,
    expect: {
      voteAtLeast: 3,
      criteria: { customer: ["met"], "quantified-result": ["met"], judgment: ["met", "partial"] },
      noFlags: ["hypothetical", "off-topic", "disowning"],
    },
  },
  {
    id: "functional-food-waste",
    questionId: "ps-01",
    note: "A solid product-sense answer: segments, root causes, options, prioritisation, metrics, business case.",
    answer: `I would start with the customer. Food waste hits three segments differently: health-conscious shoppers who buy a lot of fresh produce that spoils quickly, budget-conscious households who hate paying for food they throw away, and environmentally minded customers who care about their footprint. I would focus first on budget-conscious households, because they are the largest Fresh segment and waste costs them money every week.

Next, the root causes. On the customer side, people over-order because they plan meals for a week and then eat out, and they cannot see how long items will last, so things expire in the fridge. On our side, inventory forecasts leave stock that expires in the fulfilment centre, which is waste too.

I see four options. First, portion guidance: suggest quantities based on household size and past orders. Second, use-by reminders: a notification two days before an item is likely to go off, with a recipe that uses it. Third, discounted near-expiry bundles from our own inventory. Fourth, meal plans that reuse ingredients across the week.

I would prioritise by customer impact against effort. Reminders are cheap to build because we already know the shelf life of each product, and they help customers directly, so I would ship them first as an MVP. Bundles come second, because they need changes to inventory and pricing, and I would hold off on meal planning, since it is the most expensive and the least proven. The trade-off is that reminders alone will not fix warehouse waste.

For metrics, the primary one is waste reduction, measured through a short in-app survey and through fewer reorders of items that were thrown away. Guardrails are customer satisfaction, basket size and reorder rate, so we do not reduce waste by making customers buy less than they need.

The business case is strong: fewer write-offs and markdowns improve margin, and a credible sustainability story builds loyalty.`,
    expect: { voteAtLeast: 3, noFlags: ["off-topic", "too-short", "hypothetical"] },
  },
  {
    id: "functional-design-no-why",
    questionId: "sd-01",
    note: "A design answer that names components without a why, alternatives or trade-offs.",
    answer: `For the parking reservation service I would use AWS. The mobile app would talk to an API Gateway, and behind it there would be a set of Lambda functions for search, booking and payments.

I used DynamoDB for storage. There would be a table for garages, a table for spots and a table for bookings. For search I would use Elasticsearch with the garage locations, and there would be a Redis cache in front of it. Payments would go through Stripe.

The gate would have a camera that reads the licence plate and sends it to a Lambda function, which looks up the booking in DynamoDB and opens the gate. When the driver leaves, another Lambda function calculates the price and charges the card.

For notifications I would use SNS to send push messages to the driver, and SQS queues between the services. Garage owners would have a web dashboard built with React that calls the same API Gateway to set capacity and prices.

I would put CloudWatch on everything for logs and metrics, and CloudFront in front of the web dashboard. The whole thing would be deployed with CloudFormation across two availability zones.

That would give us a scalable, serverless architecture that can handle the traffic from all the garages and that is easy to maintain, because everything is managed by AWS and we do not have to run any servers ourselves. It would also be cost effective, because with Lambda and DynamoDB we only pay for what we use, and it can grow as the number of garages and drivers grows over time.`,
    expect: { voteAtMost: 2, criteria: { judgment: ["missing", "partial"] } },
  },
  {
    id: "off-topic",
    questionId: "bhv-have-backbone-disagree-and-commit-01",
    note: "Fluent and specific, but about something else entirely.",
    answer: `Last spring I decided to run my first marathon. I had been running casually for a few years, mostly five-kilometre loops around the park near my flat, but I had never trained for anything longer than a half marathon.

I found a sixteen-week training plan online and adapted it to my schedule. I ran four times a week: two easy runs, one interval session on the track and one long run on Sundays, which grew from fourteen kilometres to thirty-two over the course of the plan. I bought proper running shoes after a gait analysis at a local shop, and I started eating more carbohydrates before the long runs.

Around week nine I developed a sore knee, so I took five days off, saw a physiotherapist and added strength exercises for my hips and glutes twice a week. The knee recovered, and I was able to get back to the plan without losing too much fitness. I also joined a running club that met on Wednesday evenings, which made the interval sessions much more fun and helped me keep a steady pace.

On race day the weather was cool and dry. I started conservatively, as the club coach had advised, and ran the first half in just under two hours. I hit a wall at around kilometre thirty-four, but I kept going by focusing on one kilometre at a time and taking a gel every forty minutes.

I finished in four hours and six minutes. It was one of the hardest things I have ever done, and it taught me a lot about patience and consistency. I am already planning to run another one next year and try to finish in under four hours.`,
    expect: { voteAtMost: 1, flags: ["off-topic"] },
  },
  {
    id: "markdown-star",
    questionId: "bhv-frugality-02",
    note: "Markdown with STAR headings and bullets; good content.",
    answer: `## Situation
Our image-processing service at a photo-printing company cost about $180,000 a month in cloud compute, and the bill had doubled in a year while order volume grew only 20%.

## Task
As the TPM for the platform, I owned the cost target: bring the monthly bill under $110,000 by the end of the quarter without slowing order processing.

## Action
- I broke the bill down by service with our FinOps analyst and found that 60% of it came from resizing every upload into nine formats, even though customers used only three of them.
- I proposed generating the three common formats at upload and the rest on demand. The alternative was buying reserved instances, which would have saved about 25% but locked us into the wasteful pipeline for three years, so I rejected it.
- The engineering lead worried that on-demand resizing would make the print preview slow. I agreed to a guardrail: we would roll back if the preview p99 went above 800 ms.
- I ran the change as a staged rollout behind a feature flag, 10% of traffic first, then 50%, then all of it, and reviewed the latency dashboard with the team every morning.
- Dana, our storage engineer, added a cache for on-demand formats, which kept the preview fast.

## Result
- Compute cost fell from $180,000 to $95,000 a month, and storage cost dropped by 30%.
- Preview p99 stayed at about 450 ms, well inside the guardrail.

## Reflection
I learned to question the work itself before negotiating the price of it. I now review our biggest cost lines every quarter and ask what we could stop doing.`,
    expect: {
      voteAtLeast: 3,
      criteria: { situation: ["met"], task: ["met"], "quantified-result": ["met"], judgment: ["met"] },
      noFlags: ["off-topic", "hypothetical", "vague"],
    },
  },
];
