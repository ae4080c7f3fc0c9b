/** Plan: the preparation plan, its weeks, review queue and calendar live in ./plan. */
export { PlanPage } from "./plan/plan-page.js";
