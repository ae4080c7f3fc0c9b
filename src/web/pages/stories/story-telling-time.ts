/**
 * How long a story takes to tell, shown live in the form. The server's rule is core's
 * storyTellingTime (story-record.ts): the words of situation, task, action and result at 150
 * words a minute, rounded to 5 s, unless the user timed it. It is restated here because
 * importing story-record.ts would ship zod (about 100 KB gzip) to the browser with it.
 */
import type { TellingTime } from "../../../core/stories/story-record.js";
import type { StoryContent } from "../../../core/stories/story-schema.js";
import { formatDuration } from "./story-labels.js";

export type { TellingTime };

/** Same as core's WORDS_PER_MINUTE. */
const WORDS_PER_MINUTE = 150;
/** Same as core's MAX_SPOKEN_SECONDS: a measured time may be at most 30 minutes. */
export const MAX_SPOKEN_SECONDS = 30 * 60;

/** Words as a reader counts them: whitespace-separated chunks holding a letter or a digit. */
export function countWords(value: string): number {
  let words = 0;
  for (const chunk of value.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(chunk)) words++;
  return words;
}

export function tellingTime(
  story: Pick<StoryContent, "situation" | "task" | "action" | "result" | "spokenSeconds">,
): TellingTime {
  const words = [story.situation, story.task, story.action, story.result].reduce(
    (sum, part) => sum + countWords(part ?? ""),
    0,
  );
  if (story.spokenSeconds !== undefined) return { seconds: story.spokenSeconds, estimated: false, words };
  return { seconds: Math.round(((words / WORDS_PER_MINUTE) * 60) / 5) * 5, estimated: true, words };
}

/** "≈ 2 min 5 s to tell (312 words)" or "2 min 30 s to tell (timed)". */
export function describeTellingTime(time: TellingTime): string {
  return time.estimated
    ? `≈ ${formatDuration(time.seconds)} to tell (${time.words} words)`
    : `${formatDuration(time.seconds)} to tell (timed)`;
}
