/**
 * How long a story takes to tell, as the server computes it (core's storyTellingTime: the words
 * of situation, task, action and result at 150 words a minute), so the form can show it live.
 */
import { countWords, storyTellingTime, type TellingTime } from "../../../core/stories/story-record.js";
import type { StoryContent } from "../../../core/stories/story-schema.js";
import { formatDuration } from "./story-labels.js";

export { countWords };
export type { TellingTime };

export function tellingTime(
  story: Pick<StoryContent, "situation" | "task" | "action" | "result" | "spokenSeconds">,
): TellingTime {
  return storyTellingTime(story);
}

/** "≈ 2 min 5 s to tell (312 words)" or "2 min 30 s to tell (timed)". */
export function describeTellingTime(time: TellingTime): string {
  return time.estimated
    ? `≈ ${formatDuration(time.seconds)} to tell (${time.words} words)`
    : `${formatDuration(time.seconds)} to tell (timed)`;
}
