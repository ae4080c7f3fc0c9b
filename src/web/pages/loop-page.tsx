/** Mock loop: not built yet. Says so, and what it will do. */
import { NotBuiltYet } from "../components/not-built-yet.js";

export function LoopPage() {
  return (
    <NotBuiltYet
      title="Mock loop"
      purpose="A full interview loop to rehearse, round by round."
      plans={[
        "Generate a five-round loop for your role and level, each round owned by an interviewer persona with its own principles.",
        "Answer each round's questions on a timer, with follow-ups that dig deeper the way a Bar Raiser would.",
        "Finish with a debrief: a vote per round and the evidence for it, principle by principle.",
      ]}
      meanwhile={[
        { to: "/guide/process", label: "Read how the loop and debrief work" },
        { to: "/questions", label: "Practise single questions" },
      ]}
    />
  );
}
