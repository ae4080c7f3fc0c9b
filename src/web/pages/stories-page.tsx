/** Stories: not built yet. Says so, and what it will do. */
import { NotBuiltYet } from "../components/not-built-yet.js";

export function StoriesPage() {
  return (
    <NotBuiltYet
      title="Stories"
      purpose="Your bank of STAR stories, and how well they cover the 16 principles."
      plans={[
        "Write 15-20 stories in Situation, Task, Action, Result form, kept private on this machine.",
        "See a matrix of stories against principles, with the gaps where a principle has fewer than two stories.",
        "Get feedback on each story's structure, ownership and measured result as you write it.",
      ]}
      meanwhile={[
        { to: "/guide/principles", label: "Read what each principle asks for" },
        { to: "/guide/checklist", label: "Work through the checklist" },
      ]}
    />
  );
}
