/**
 * One loop at /loop/:id, in whatever state the server holds it: the plan before it starts,
 * the running round (or the paused one) while it runs, and the debrief once it is finished.
 * Opening the address again, after a reload or in a fresh browser, continues where it was.
 */
import { Navigate, useParams } from "react-router";
import { useLoop } from "../../api/loops.js";
import { QueryState } from "../../components/query-state.js";
import { LoopNotFound } from "./loop-parts.js";
import { PlanPreview } from "./plan-preview.js";
import { RunningLoop } from "./running-loop.js";

export function LoopSessionPage() {
  const { id = "" } = useParams();
  const loop = useLoop(id);
  return (
    <QueryState query={loop} loadingLabel="Loading the loop…" notFound={<LoopNotFound />}>
      {(view) => {
        if (view.state.status === "finished") return <Navigate to={`/loop/${view.id}/debrief`} replace />;
        if (view.state.status === "not-started") return <PlanPreview view={view} />;
        return <RunningLoop view={view} />;
      }}
    </QueryState>
  );
}
