/** Stories: the bank, the principle matrix, the loop plan and CSV import live in ./stories. */
export { StoriesPage } from "./stories/stories-page.js";
