// Sets the saved colour scheme before the first paint so a dark-mode user never sees a white
// flash. Kept tiny and in a file of its own because the CSP forbids inline scripts.
// The key matches COLOR_SCHEME_STORAGE_KEY in src/web/app/theme.ts.
(function applySavedColorScheme() {
  var saved = null;
  try {
    saved = window.localStorage.getItem("barraiser-color-scheme");
  } catch (error) {
    // Storage can be blocked (privacy settings); the system preference is the right fallback.
    console.warn("Bar Raiser: could not read the saved colour scheme", error);
  }
  var scheme =
    saved === "dark" || saved === "light"
      ? saved
      : window.matchMedia("(prefers-color-scheme: dark)").matches
        ? "dark"
        : "light";
  document.documentElement.setAttribute("data-mantine-color-scheme", scheme);
})();
