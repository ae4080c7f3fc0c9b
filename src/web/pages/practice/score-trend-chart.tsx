/**
 * A small inline SVG line chart of scores over time for one principle, a dot per attempt
 * coloured by its vote. No chart package: a few dozen points need a polyline, not a library.
 */
import type { TrendPoint } from "../../../core/practice/progress.js";
import { voteLabel } from "./practice-labels.js";

const WIDTH = 320;
const HEIGHT = 110;
const PAD = { left: 26, right: 8, top: 8, bottom: 18 };
const VOTE_COLORS = [
  "var(--mantine-color-red-7)",
  "var(--mantine-color-orange-7)",
  "var(--mantine-color-teal-7)",
  "var(--mantine-color-green-7)",
];

export function describeTrend(name: string, points: readonly TrendPoint[]): string {
  if (points.length === 0) return `${name}: no attempts yet.`;
  const last = points.at(-1)!;
  const scores = points.map((p) => p.score).join(", ");
  return `${name}: ${points.length} attempt${points.length === 1 ? "" : "s"}, scores ${scores}; latest ${last.score} (${voteLabel(last.vote)}).`;
}

export function ScoreTrendChart({ name, points }: { name: string; points: readonly TrendPoint[] }) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (score: number) => PAD.top + innerH - (Math.max(0, Math.min(100, score)) / 100) * innerH;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const label = describeTrend(name, points);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      style={{ display: "block", width: "100%", height: "auto" }}
      data-testid="score-trend"
    >
      <title>{label}</title>
      {[0, 50, 100].map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke="var(--mantine-color-default-border)"
            strokeDasharray={tick === 0 ? undefined : "3 3"}
          />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="10" fill="var(--mantine-color-dimmed)">
            {tick}
          </text>
        </g>
      ))}
      {points.length > 1 ? (
        <polyline points={line} fill="none" stroke="var(--mantine-color-indigo-6)" strokeWidth="2" />
      ) : null}
      {points.map((p, i) => (
        <circle key={p.attemptId} cx={x(i)} cy={y(p.score)} r="4" fill={VOTE_COLORS[p.vote - 1] ?? "gray"}>
          <title>{`${p.date}: ${p.score} (${voteLabel(p.vote)})`}</title>
        </circle>
      ))}
      {points.length > 0 ? (
        <>
          <text x={PAD.left} y={HEIGHT - 4} fontSize="10" fill="var(--mantine-color-dimmed)">
            {points[0]!.date}
          </text>
          {points.length > 1 ? (
            <text
              x={WIDTH - PAD.right}
              y={HEIGHT - 4}
              fontSize="10"
              textAnchor="end"
              fill="var(--mantine-color-dimmed)"
            >
              {points.at(-1)!.date}
            </text>
          ) : null}
        </>
      ) : null}
    </svg>
  );
}
