/** Principle names come from the content pack; until they load, ids are shown readable. */
import { useCallback, useMemo } from "react";
import { usePrinciples } from "../api/queries.js";
import { humanizeId } from "./labels.js";

export function usePrincipleNames(): (id: string) => string {
  const principles = usePrinciples();
  const names = useMemo(() => new Map((principles.data ?? []).map((p) => [p.id as string, p.name])), [principles.data]);
  return useCallback((id: string) => names.get(id) ?? humanizeId(id), [names]);
}
