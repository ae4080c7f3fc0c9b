/** Pure formatting of question lists for the terminal. */
import type { SearchableQuestion } from "../../core/content/question-search.js";

export function formatQuestionTable(questions: SearchableQuestion[], width = 100): string {
  if (questions.length === 0) return "No questions match.";
  const idWidth = Math.max(...questions.map((q) => q.id.length));
  const typeWidth = Math.max(...questions.map((q) => q.type.length));
  const textWidth = Math.max(60, width - idWidth - typeWidth - 4);
  const lines = questions.map((q) => {
    const text = q.text.length > textWidth ? `${q.text.slice(0, textWidth - 1)}…` : q.text;
    return `${q.id.padEnd(idWidth)}  ${q.type.padEnd(typeWidth)}  ${text}`;
  });
  return `${lines.join("\n")}\n\n${questions.length} question${questions.length === 1 ? "" : "s"}`;
}
