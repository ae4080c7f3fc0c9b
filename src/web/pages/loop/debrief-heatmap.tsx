/**
 * Principles × rounds: where each principle was tested and how it went. A real table, so it
 * reads cell by cell with a screen reader; every cell says its vote or score in words, and the
 * colour only repeats that.
 */
import { Group, Text, VisuallyHidden } from "@mantine/core";
import type { Heatmap, HeatmapCell } from "../../../core/loop/index.js";
import classes from "./loop.module.css";
import { asVote, VOTE_LABELS, VOTES } from "./loop-labels.js";
import { VoteChip } from "./loop-parts.js";

function Cell({ cell }: { cell: HeatmapCell | null }) {
  if (!cell) {
    return (
      <td data-kind="empty">
        <span aria-hidden="true">—</span>
        <VisuallyHidden>Not tested</VisuallyHidden>
      </td>
    );
  }
  const vote = asVote(cell.vote);
  if (cell.owned) {
    return (
      <td data-vote={vote ?? undefined} data-kind={vote ? "owned" : "empty"}>
        <strong>{vote ? VOTE_LABELS[vote] : "No evidence"}</strong>
        {cell.score !== null ? <span className={classes.cellScore}>score {cell.score}</span> : null}
      </td>
    );
  }
  return (
    <td data-kind="side">
      In passing
      {cell.score !== null ? <span className={classes.cellScore}>score {cell.score}</span> : null}
    </td>
  );
}

export function DebriefHeatmap({ heatmap }: { heatmap: Heatmap }) {
  return (
    <>
      <section
        className={classes.tableScroll}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so a keyboard can scroll it sideways on a phone
        tabIndex={0}
        aria-label="Heatmap table (scrolls sideways on a narrow screen)"
      >
        <table className={classes.heatmap} data-testid="heatmap">
          <caption style={{ captionSide: "bottom", textAlign: "left" }}>
            <Text size="xs" c="dimmed" component="span">
              A vote where the interviewer owned the principle; “in passing” where it showed up in another round, with
              the coach's score (0-100).
            </Text>
          </caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              {heatmap.rounds.map((round) => (
                <th scope="col" key={round.index}>
                  Round {round.index + 1}
                  <Text size="xs" c="dimmed" component="span" display="block" fw={500}>
                    {round.personaName}
                  </Text>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.rows.map((row) => (
              <tr key={row.principleId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, index) => (
                  // Cells are positional: one per round, in round order.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the index is the round
                  <Cell key={index} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Group gap="xs" mt="sm" aria-label="Legend" role="group">
        {VOTES.map((vote) => (
          <VoteChip key={vote} vote={vote} />
        ))}
      </Group>
    </>
  );
}
