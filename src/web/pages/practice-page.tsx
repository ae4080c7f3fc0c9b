/** Practice lives in ./practice; this name stays for the router and the links that use it. */
export { PracticeLayout as PracticePage } from "./practice/practice-layout.js";
