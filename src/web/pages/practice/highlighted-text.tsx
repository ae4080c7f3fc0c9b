/**
 * User text with evidence marked. The text is rendered as React text nodes (always escaped);
 * evidence ranges, as character offsets from the coach, become <mark> elements.
 */
import { Fragment } from "react";
import classes from "./practice.module.css";

export interface TextRange {
  start: number;
  end: number;
}

export interface TextPiece {
  text: string;
  marked: boolean;
  start: number;
}

/** Cuts `text` into plain and marked pieces; ranges may overlap or spill past the ends. */
export function splitByRanges(text: string, ranges: readonly TextRange[]): TextPiece[] {
  const clean = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(text.length, r.start)),
      end: Math.max(0, Math.min(text.length, r.end)),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of clean) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const range of merged) {
    if (range.start > at) pieces.push({ text: text.slice(at, range.start), marked: false, start: at });
    pieces.push({ text: text.slice(range.start, range.end), marked: true, start: range.start });
    at = range.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false, start: at });
  return pieces;
}

export function HighlightedText({
  text,
  ranges,
  testId,
}: {
  text: string;
  ranges: readonly TextRange[];
  testId?: string;
}) {
  return (
    <p className={classes.answerText} data-testid={testId}>
      {splitByRanges(text, ranges).map((piece) =>
        piece.marked ? (
          <mark key={piece.start}>{piece.text}</mark>
        ) : (
          <Fragment key={piece.start}>{piece.text}</Fragment>
        ),
      )}
    </p>
  );
}
