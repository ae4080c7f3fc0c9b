/**
 * Hours and votes over time, as a small inline SVG (no chart package): for each week, the hours
 * planned and done against the weekly limit, and the coach's average vote on that week's
 * answers. Drawn at the container's real width so text stays readable on a phone; the same
 * numbers are in a table for screen readers and anyone who prefers one.
 */
import { Card, Group, Table, Text, Title } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { useId } from "react";
import classes from "./plan.module.css";
import { hoursAxisMax, VOTE_NAMES, type WeekPoint } from "./plan-chart-data.js";
import { formatDayMonth, formatHours, formatRange } from "./plan-labels.js";

const HEIGHT = 220;
const PAD = { top: 18, right: 44, bottom: 40, left: 40 };

function Chart({ points, width, currentWeek }: { points: WeekPoint[]; width: number; currentWeek: number | null }) {
  const innerW = Math.max(1, width - PAD.left - PAD.right);
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const maxHours = hoursAxisMax(points);
  const band = innerW / Math.max(1, points.length);
  const yHours = (hours: number) => PAD.top + innerH - (Math.min(hours, maxHours) / maxHours) * innerH;
  const yVote = (vote: number) => PAD.top + innerH - ((vote - 1) / 3) * innerH;
  const xCenter = (at: number) => PAD.left + band * at + band / 2;
  const plannedW = Math.min(44, band * 0.6);
  const doneW = Math.min(26, band * 0.36);
  const hourTicks = [0, maxHours / 2, maxHours];
  const limit = points[0]?.limitHours ?? 0;
  const showDates = band >= 48;

  const voted = points.map((point, at) => ({ point, at })).filter(({ point }) => point.meanVote !== null);
  const votePath = voted
    .map(({ point, at }, i) => `${i === 0 ? "M" : "L"}${xCenter(at)},${yVote(point.meanVote ?? 1)}`)
    .join(" ");

  return (
    <svg
      width={width}
      height={HEIGHT}
      className={classes.chart}
      role="img"
      aria-label="Bar chart of the hours planned and done each week, with the average coach vote as dots. The numbers are in the table below."
      focusable="false"
    >
      {currentWeek !== null && points[currentWeek] ? (
        <rect
          x={PAD.left + band * currentWeek}
          y={PAD.top - 8}
          width={band}
          height={innerH + 8}
          className={classes.chartCurrent}
          rx={6}
        />
      ) : null}
      {hourTicks.map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={PAD.left + innerW}
            y1={yHours(tick)}
            y2={yHours(tick)}
            className={classes.chartGrid}
          />
          <text
            x={PAD.left - 6}
            y={yHours(tick)}
            className={classes.chartAxis}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {`${Math.round(tick * 10) / 10} h`}
          </text>
        </g>
      ))}
      {[1, 2, 3, 4].map((vote) => (
        <text
          key={vote}
          x={PAD.left + innerW + 8}
          y={yVote(vote)}
          className={classes.chartVoteAxis}
          dominantBaseline="middle"
        >
          {vote}
        </text>
      ))}
      {points.map((point, at) => (
        <g key={point.index}>
          {point.plannedHours > 0 ? (
            <rect
              x={xCenter(at) - plannedW / 2}
              y={yHours(point.plannedHours)}
              width={plannedW}
              height={PAD.top + innerH - yHours(point.plannedHours)}
              className={classes.chartPlanned}
              rx={3}
            />
          ) : null}
          {point.doneHours > 0 ? (
            <rect
              x={xCenter(at) - doneW / 2}
              y={yHours(point.doneHours)}
              width={doneW}
              height={PAD.top + innerH - yHours(point.doneHours)}
              className={classes.chartDone}
              rx={3}
            />
          ) : null}
          <text x={xCenter(at)} y={PAD.top + innerH + 16} className={classes.chartAxis} textAnchor="middle">
            {`W${point.index + 1}`}
          </text>
          {showDates ? (
            <text x={xCenter(at)} y={PAD.top + innerH + 31} className={classes.chartAxis} textAnchor="middle">
              {formatDayMonth(point.start)}
            </text>
          ) : null}
        </g>
      ))}
      {limit > 0 ? (
        <g>
          <line
            x1={PAD.left}
            x2={PAD.left + innerW}
            y1={yHours(limit)}
            y2={yHours(limit)}
            className={classes.chartLimit}
          />
          <text x={PAD.left + 4} y={yHours(limit) - 5} className={classes.chartLimitText}>
            {`your ${formatHours(limit)} a week`}
          </text>
        </g>
      ) : null}
      {voted.length > 1 ? <path d={votePath} className={classes.chartVoteLine} /> : null}
      {voted.map(({ point, at }) => (
        <circle
          key={point.index}
          cx={xCenter(at)}
          cy={yVote(point.meanVote ?? 1)}
          r={5}
          className={classes.chartVote}
        />
      ))}
    </svg>
  );
}

function Legend() {
  return (
    <Group gap="md" mt="xs" className={classes.legend}>
      <Group gap={6} wrap="nowrap">
        <span className={`${classes.swatch} ${classes.swatchPlanned}`} />
        <Text size="xs">Hours planned</Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <span className={`${classes.swatch} ${classes.swatchDone}`} />
        <Text size="xs">Hours done</Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <span className={`${classes.swatch} ${classes.swatchVote}`} />
        <Text size="xs">Average vote, 1 (Strong No Hire) to 4 (Strong Hire), right scale</Text>
      </Group>
    </Group>
  );
}

export function PlanChart({ points, currentWeek }: { points: WeekPoint[]; currentWeek: number | null }) {
  const { ref, width } = useElementSize();
  const headingId = useId();
  const answers = points.reduce((sum, point) => sum + point.answers, 0);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={headingId} data-testid="plan-chart">
      <Title order={2} id={headingId} mb={4}>
        Hours and votes
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {answers > 0
          ? `Each week's planned and done hours, and the coach's average vote on your ${answers === 1 ? "answer" : `${answers} answers`}.`
          : "Each week's planned and done hours. Votes appear once you practise answers."}
      </Text>
      <div ref={ref} className={classes.chartBox}>
        {width > 0 ? <Chart points={points} width={width} currentWeek={currentWeek} /> : null}
      </div>
      <Legend />
      <details className={classes.details}>
        <summary>Show the numbers</summary>
        <Table.ScrollContainer minWidth={360} mt="xs">
          <Table striped fz="sm" captionSide="top">
            <Table.Caption>Hours and average vote per week</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Week</Table.Th>
                <Table.Th scope="col">Planned</Table.Th>
                <Table.Th scope="col">Done</Table.Th>
                <Table.Th scope="col">Average vote</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((point) => (
                <Table.Tr key={point.index}>
                  <Table.Th scope="row" fw={500}>
                    {`Week ${point.index + 1} (${formatRange(point.start, point.end)})`}
                  </Table.Th>
                  <Table.Td>{formatHours(point.plannedHours)}</Table.Td>
                  <Table.Td>{formatHours(point.doneHours)}</Table.Td>
                  <Table.Td>
                    {point.meanVote === null
                      ? "No answers"
                      : `${point.meanVote} (${VOTE_NAMES[Math.round(point.meanVote) as 1 | 2 | 3 | 4]}), ${point.answers} ${point.answers === 1 ? "answer" : "answers"}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </Card>
  );
}
