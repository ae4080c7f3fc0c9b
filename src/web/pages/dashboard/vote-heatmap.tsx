/**
 * Votes per principle by week: the mean vote of the week's attempts on each principle, coloured
 * on the four-step scale, with the number of banked stories for the principle at the end of the
 * row. A real table, so a screen reader can read it row by row.
 */
import { Group, Text, VisuallyHidden } from "@mantine/core";
import { useEffect, useRef } from "react";
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
  // On a narrow screen the table scrolls sideways: start at the latest weeks, where the news is.
  const scroller = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, []);
  const stories = new Map(coverage.rows.map((row) => [row.principle, row]));
  return (
    <div>
      {/* Focusable, so the sideways scroll on a phone also works from the keyboard. */}
      <section
        className={classes.heatmapScroll}
        data-testid="vote-heatmap"
        ref={scroller}
        aria-label="Votes per principle by week"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
        tabIndex={0}
      >
        <table className={classes.heatmap}>
          <caption className={classes.srOnly}>Mean vote per principle and week, and stories per principle</caption>
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
      </section>
      <Text size="xs" c="dimmed" mt="xs">
        Each cell is the mean vote of that week’s attempts on the principle (1 Strong No Hire to 4 Strong Hire). The
        last column counts the stories in your bank for the principle.
      </Text>
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
