/**
 * Votes per principle by week: the mean vote of the week's attempts on each principle, coloured
 * on the four-step scale, with the number of banked stories for the principle at the end of the
 * row. A real table, so a screen reader can read it row by row.
 */
import { Group, Text, VisuallyHidden } from "@mantine/core";
import type { Progress } from "../../../core/practice/progress.js";
import type { CoverageStatus } from "../../../core/stories/story-matrix.js";
import { voteLabel } from "../practice/practice-labels.js";
import classes from "./dashboard.module.css";

/** A mean vote to its nearest step: 2.4 reads as Not Inclined, 2.5 as Inclined. */
export function voteStep(average: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.round(average))) as 1 | 2 | 3 | 4;
}

function weekLabel(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" }).format(
    Date.UTC(year, month - 1, day),
  );
}

const STATUS_TEXT: Record<CoverageStatus, string> = {
  covered: "covered",
  thin: "thin",
  "no-strong": "no strong story",
  missing: "no story",
};

export function VoteHeatmap({ progress }: { progress: Progress }) {
  const { heatmap, coverage } = progress;
  const stories = new Map(coverage.rows.map((row) => [row.principle, row]));
  return (
    <div>
      <div className={classes.heatmapScroll} data-testid="vote-heatmap">
        <table className={classes.heatmap}>
          <caption>
            Mean vote of your attempts per principle and week (1 Strong No Hire … 4 Strong Hire); the last column counts
            the stories in your bank for each principle.
          </caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              {heatmap.weeks.map((week) => (
                <th scope="col" key={week.start}>
                  <abbr title={`Week of ${week.start}`} style={{ textDecoration: "none" }}>
                    {weekLabel(week.start)}
                  </abbr>
                </th>
              ))}
              <th scope="col">Stories</th>
            </tr>
          </thead>
          <tbody>
            {heatmap.rows.map((row) => {
              const coverageRow = stories.get(row.principle);
              return (
                <tr key={row.principle} data-principle={row.principle}>
                  <th scope="row">{row.name}</th>
                  {row.cells.map((cell, index) => {
                    const week = heatmap.weeks[index]?.start ?? String(index);
                    if (cell.averageVote === null)
                      return (
                        <td key={week} className={classes.cell} title="No attempts">
                          <span aria-hidden="true">–</span>
                          <VisuallyHidden>no attempts</VisuallyHidden>
                        </td>
                      );
                    const step = voteStep(cell.averageVote);
                    return (
                      <td
                        key={week}
                        className={classes.cell}
                        data-vote={step}
                        title={`${cell.attempts} attempt${cell.attempts === 1 ? "" : "s"}, mean vote ${cell.averageVote.toFixed(1)} (${voteLabel(step)})`}
                      >
                        {cell.averageVote.toFixed(1)}
                      </td>
                    );
                  })}
                  <td
                    className={classes.storyCell}
                    title={coverageRow ? `Story coverage: ${STATUS_TEXT[coverageRow.status]}` : undefined}
                    data-status={coverageRow?.status}
                  >
                    {coverageRow?.stories ?? 0}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Group gap="md" mt="xs" aria-hidden="true">
        {([1, 2, 3, 4] as const).map((vote) => (
          <span key={vote} className={classes.legend}>
            <span className={`${classes.cell} ${classes.legendSwatch}`} data-vote={vote} />
            <Text size="xs" c="dimmed" span>
              {voteLabel(vote)}
            </Text>
          </span>
        ))}
      </Group>
    </div>
  );
}
