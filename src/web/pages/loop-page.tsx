/** Mock loop: the page lives in pages/loop/; this keeps the route's import path stable. */
export { LoopPage } from "./loop/loop-page.js";
