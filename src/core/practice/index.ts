/**
 * Timed practice: attempts (re-scored on the server), the drill clock, the drill picker,
 * retelling consistency, attempt comparison and the dashboard's numbers.
 */
export * from "./attempt-schema.js";
export * from "./compare-attempts.js";
export * from "./drill-picker.js";
export * from "./drill-timer.js";
export * from "./practice-error.js";
export * from "./progress.js";
export * from "./retelling.js";
