/**
 * The debrief of a finished loop at /loop/:id/debrief, as the Bar Raiser would run it: the
 * decision in plain words (and any veto), each interviewer's vote, the three things to fix with
 * a drill for each, the principles × rounds heatmap, level calibration, stories told twice,
 * and each interviewer's data points with the candidate's own words quoted for and against.
 *
 * It prints as a clean report (loop.module.css, @media print) and downloads as Markdown.
 */
import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { Link, Navigate, useParams } from "react-router";
import type {
  DataPoint,
  InterviewerFeedback,
  LevelCalibration,
  LoopDebrief,
  NextStep,
  Quote,
  StoryReuse,
} from "../../../core/loop/index.js";
import { debriefMarkdownUrl, type LoopView, useLoop, useLoopDebrief, useLoopStories } from "../../api/loops.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { ErrorBlock, isNotFound, LoadingBlock } from "../../components/query-state.js";
import { QUESTION_TYPE_LABELS } from "../../lib/labels.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import { DebriefHeatmap } from "./debrief-heatmap.js";
import classes from "./loop.module.css";
import { describeLoop, formatDateTime, plural } from "./loop-labels.js";
import { BackToLoops, LoopNotFound, VoteChip } from "./loop-parts.js";
import { useLightSchemeWhilePrinting } from "./use-light-print.js";

function quoteSource(quote: Quote): string {
  const where = `round ${quote.round + 1}, question ${quote.question + 1}`;
  return quote.followUp === undefined ? where : `${where}, follow-up ${quote.followUp + 1}`;
}

function QuoteBlock({ quote }: { quote: Quote }) {
  return (
    <blockquote className={classes.quote}>
      <Text size="sm" component="span" className={classes.userText}>
        “{quote.text}”
      </Text>{" "}
      <Text size="xs" c="dimmed" component="span" fs="normal">
        ({quoteSource(quote)})
      </Text>
    </blockquote>
  );
}

function DecisionCard({ debrief }: { debrief: LoopDebrief }) {
  const { decision } = debrief;
  const barRaiser = debrief.interviewers.find((i) => i.persona.id === "bar-raiser");
  const vetoed = barRaiser !== undefined && barRaiser.vote <= 2;
  const leader = debrief.interviewers.find((i) => i.persona.id === decision.ledBy)?.persona.name ?? "Bar Raiser";
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      className={`${classes.decision} ${classes.avoidBreak}`}
      data-hire={decision.hire}
      component="section"
      aria-labelledby="decision-heading"
      data-testid="decision"
    >
      <Text size="sm" c="dimmed" fw={600} tt="uppercase" lts="0.04em">
        Decision · led by the {leader}
      </Text>
      <Group gap="sm" align="center" mt={4} mb="sm">
        <Title order={2} id="decision-heading" className={classes.headline}>
          {decision.headline}
        </Title>
        {vetoed ? (
          <Badge color="red" variant="light" size="lg" tt="none" data-testid="veto">
            Bar Raiser veto
          </Badge>
        ) : null}
      </Group>
      <Text fw={600} mb={6}>
        In plain words: {decision.rule}
      </Text>
      <List size="sm" spacing={4}>
        {decision.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
    </Card>
  );
}

function VotesTable({ debrief }: { debrief: LoopDebrief }) {
  return (
    <section aria-labelledby="votes-heading" className={classes.avoidBreak}>
      <Title order={2} id="votes-heading" mb="sm">
        Votes
      </Title>
      <Table verticalSpacing="sm" data-testid="votes" className={classes.votes}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Interviewer</Table.Th>
            <Table.Th scope="col" data-owned>
              Owned
            </Table.Th>
            <Table.Th scope="col">Vote</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {debrief.interviewers.map((interviewer) => (
            <Table.Tr key={interviewer.round}>
              <Table.Th scope="row" fw={600}>
                Round {interviewer.round + 1} · {interviewer.persona.name}
                <Text size="xs" c="dimmed" fw={400}>
                  Answered {interviewer.answered} of {interviewer.asked}
                </Text>
              </Table.Th>
              <Table.Td data-owned>
                <Text size="sm">
                  {interviewer.principles.map((p) => p.name).join(", ")}
                  {interviewer.functionalArea
                    ? ` + ${QUESTION_TYPE_LABELS[interviewer.functionalArea].toLowerCase()}`
                    : ""}
                </Text>
              </Table.Td>
              <Table.Td>
                <VoteChip vote={interviewer.vote} label={interviewer.voteName} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function drillLinks(step: NextStep, principleName: (id: string) => string) {
  const { drill } = step;
  const links: { to: string; label: string }[] = [];
  if (drill.questionId) {
    links.push({ to: `/practice?question=${encodeURIComponent(drill.questionId)}`, label: "Drill it in Practice" });
  }
  if (drill.principleId) {
    links.push({
      to: `/questions?principle=${encodeURIComponent(drill.principleId)}`,
      label: `Questions on ${principleName(drill.principleId)}`,
    });
  } else if (drill.functionalArea) {
    links.push({
      to: `/questions?type=${encodeURIComponent(drill.functionalArea)}`,
      label: `${QUESTION_TYPE_LABELS[drill.functionalArea]} questions`,
    });
  }
  return links;
}

function NextSteps({ steps }: { steps: NextStep[] }) {
  const nameOf = usePrincipleNames();
  return (
    <section aria-labelledby="next-steps-heading">
      <Title order={2} id="next-steps-heading" mb="sm">
        Your next three steps
      </Title>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }} data-testid="next-steps">
        {steps.map((step) => (
          <Card key={step.rank} withBorder padding="md" radius="md" component="li" className={classes.avoidBreak}>
            <Group gap="md" align="flex-start" wrap="nowrap">
              <span className={classes.stepNumber} aria-hidden="true">
                {step.rank}
              </span>
              <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
                <Title order={3}>{step.title}</Title>
                <Text size="sm" className={classes.userText}>
                  {step.why}
                </Text>
                <Group gap="md">
                  {drillLinks(step, nameOf).map((link) => (
                    <Anchor key={link.to} component={Link} to={link.to} fw={600} size="sm">
                      {link.label} →
                    </Anchor>
                  ))}
                </Group>
              </Stack>
            </Group>
          </Card>
        ))}
      </Stack>
    </section>
  );
}

const VERDICT_TEXT: Record<LevelCalibration["verdict"], string> = {
  below: "below the level applied for",
  at: "at the level applied for",
  above: "above the level applied for",
};

function Calibration({ calibration }: { calibration: LevelCalibration }) {
  return (
    <section aria-labelledby="calibration-heading">
      <Title order={2} id="calibration-heading" mb="sm">
        Level calibration
      </Title>
      <Card withBorder padding="lg" radius="md" data-testid="calibration">
        <Group gap="sm" mb="xs">
          <Badge size="lg" variant="light" color="gray" tt="none">
            Applied for {calibration.target}
          </Badge>
          <Badge size="lg" variant="light" color={calibration.verdict === "below" ? "red" : "indigo"} tt="none">
            Evidence supports {calibration.supported}
          </Badge>
        </Group>
        <Text mb="md">
          {calibration.summary}{" "}
          <Text span c="dimmed" size="sm">
            ({VERDICT_TEXT[calibration.verdict]})
          </Text>
        </Text>
        <dl className={classes.dimensions}>
          {calibration.dimensions.map((dimension) => {
            const best = dimension.evidence[0];
            return (
              <div key={dimension.dimension} className={classes.dimension}>
                <dt>
                  <Text fw={600} size="sm">
                    {dimension.name}
                  </Text>
                </dt>
                <dd>
                  <Text size="sm" fw={600}>
                    {dimension.level ? `Reached ${dimension.level}` : "No evidence"}
                    {best ? (
                      <Text span size="sm" fw={400} c="dimmed">
                        {" "}
                        · {best.signal}
                      </Text>
                    ) : null}
                  </Text>
                  {best ? (
                    <QuoteBlock quote={best.quote} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      Nothing in your answers showed this.
                    </Text>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
        {calibration.toRaise.length > 0 ? (
          <>
            <Title order={3} mt="md" mb="xs">
              What would have raised it
            </Title>
            <List size="sm" spacing={6}>
              {calibration.toRaise.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Card>
    </section>
  );
}

function StoryReuseSection({ reuse, storyTitle }: { reuse: StoryReuse[]; storyTitle: (id: string) => string }) {
  return (
    <section aria-labelledby="reuse-heading" className={classes.avoidBreak}>
      <Title order={2} id="reuse-heading" mb="sm">
        Stories told twice
      </Title>
      {reuse.length === 0 ? (
        <Text c="dimmed">No story was told to two interviewers.</Text>
      ) : (
        <List spacing={6} data-testid="story-reuse">
          {reuse.map((item) => (
            <List.Item key={item.storyId}>
              <Text span fw={600}>
                “{storyTitle(item.storyId)}”
              </Text>{" "}
              first told to the {item.first.persona} (round {item.first.round + 1}), then again to{" "}
              {item.repeats
                .map((r) => `the ${r.persona} (round ${r.round + 1}${r.sameInterviewer ? ", same interviewer" : ""})`)
                .join(" and ")}
              . The later interviewer gets no new evidence from it, and their vote drops a step.
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

function DataPointItem({ point }: { point: DataPoint }) {
  return (
    <li className={classes.point}>
      <span className={classes.stance} data-stance={point.stance}>
        {point.stance === "for" ? "For" : "Against"}
      </span>
      <div>
        <Text size="sm">{point.note}</Text>
        {point.quote ? <QuoteBlock quote={point.quote} /> : null}
      </div>
    </li>
  );
}

function InterviewerSection({ interviewer }: { interviewer: InterviewerFeedback }) {
  return (
    <Card withBorder padding="lg" radius="md" component="article" aria-labelledby={`interviewer-${interviewer.round}`}>
      <Group justify="space-between" gap="sm" mb="xs">
        <Title order={3} id={`interviewer-${interviewer.round}`}>
          Round {interviewer.round + 1} · {interviewer.persona.name}
        </Title>
        <VoteChip vote={interviewer.vote} label={interviewer.voteName} />
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        Answered {interviewer.answered} of {plural(interviewer.asked, "question")}
        {interviewer.functionalArea
          ? ` · ran the ${QUESTION_TYPE_LABELS[interviewer.functionalArea].toLowerCase()} exercise`
          : ""}
      </Text>
      <List size="sm" spacing={4} mb="md">
        {interviewer.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      <Stack gap="md">
        {interviewer.principles.map((principle) => (
          <div key={principle.principleId}>
            <Group gap="sm" mb={6}>
              <Title order={4}>{principle.name}</Title>
              <VoteChip vote={principle.vote} />
            </Group>
            <ul className={classes.points}>
              {principle.dataPoints.map((point) => (
                <DataPointItem
                  key={`${point.stance}:${point.source}:${point.id ?? ""}:${point.note}:${point.quote?.start ?? ""}:${point.quote?.followUp ?? ""}`}
                  point={point}
                />
              ))}
            </ul>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

function DebriefReport({ view, debrief }: { view: LoopView; debrief: LoopDebrief }) {
  useLightSchemeWhilePrinting();
  const stories = useLoopStories();
  const titles = new Map((stories.data?.stories ?? []).map((story) => [story.id, story.title]));
  const storyTitle = (id: string) => titles.get(id) ?? "A story from your bank";
  const { plan } = view.state;
  return (
    <div className={classes.report} data-loop-report>
      <PageHeader
        title="Loop debrief"
        eyebrow={<BackToLoops />}
        description={
          <Text c="dimmed" maw="46rem">
            {describeLoop({ ...plan, rounds: plan.rounds.length })} · finished {formatDateTime(view.state.finishedAt)} ·
            seed {plan.seed}
          </Text>
        }
        actions={
          <Group gap="sm" data-print="hide">
            <Button variant="default" onClick={() => window.print()}>
              Print or save as PDF
            </Button>
            <Button
              component="a"
              href={debriefMarkdownUrl(view.id)}
              download
              variant="default"
              leftSection={<Icon name="download" size={18} />}
            >
              Download Markdown
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        {!debrief.complete ? (
          <Alert color="gray" variant="light" icon={<Icon name="info" />} title="Some questions went unanswered">
            Each one counts as missing evidence for the principle it tested, as it would in a real debrief.
          </Alert>
        ) : null}
        <DecisionCard debrief={debrief} />
        <VotesTable debrief={debrief} />
        <NextSteps steps={debrief.nextSteps} />
        <section aria-labelledby="heatmap-heading" className={classes.avoidBreak}>
          <Title order={2} id="heatmap-heading" mb={4}>
            Principles × rounds
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Every principle an interviewer owned, and any other that your answers showed.
          </Text>
          <DebriefHeatmap heatmap={debrief.heatmap} />
        </section>
        <Calibration calibration={debrief.calibration} />
        <StoryReuseSection reuse={debrief.storyReuse} storyTitle={storyTitle} />
        <section aria-labelledby="feedback-heading" data-print="new-page">
          <Title order={2} id="feedback-heading" mb={4}>
            What each interviewer wrote
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Data points per principle, with your own words quoted for and against.
          </Text>
          <Stack gap="md">
            {debrief.interviewers.map((interviewer) => (
              <InterviewerSection key={interviewer.round} interviewer={interviewer} />
            ))}
          </Stack>
        </section>
      </Stack>
    </div>
  );
}

export function DebriefPage() {
  const { id = "" } = useParams();
  const loop = useLoop(id);
  const finished = loop.data?.state.status === "finished";
  const debrief = useLoopDebrief(id, finished);
  if (loop.isPending) return <LoadingBlock label="Loading the debrief…" />;
  if (loop.isError) {
    if (isNotFound(loop.error)) return <LoopNotFound />;
    return <ErrorBlock error={loop.error} onRetry={() => void loop.refetch()} />;
  }
  // The debrief is written once the loop is finished; until then the loop itself is the page.
  if (!finished) return <Navigate to={`/loop/${id}`} replace />;
  if (debrief.isPending) return <LoadingBlock label="Writing the debrief…" />;
  if (debrief.isError) return <ErrorBlock error={debrief.error} onRetry={() => void debrief.refetch()} />;
  return <DebriefReport view={loop.data} debrief={debrief.data.debrief} />;
}
