/** Plan: not built yet. Says so, and what it will do. */
import { NotBuiltYet } from "../components/not-built-yet.js";

export function PlanPage() {
  return (
    <NotBuiltYet
      title="Plan"
      purpose="A preparation plan that ends on your interview date."
      plans={[
        "Turn your interview date and weekly hours (from Settings) into a week-by-week plan.",
        "Schedule spaced review of your stories and the principles you are weakest on.",
        "Export the plan to your calendar.",
      ]}
      meanwhile={[
        { to: "/settings", label: "Set your interview date" },
        { to: "/guide/checklist", label: "Use the preparation checklist" },
      ]}
    />
  );
}
