/** The Mantine theme and where the colour scheme is remembered between visits. */
import { type CSSVariablesResolver, createTheme, localStorageColorSchemeManager } from "@mantine/core";

/** Also read by public/theme-init.js, which applies it before the first paint. */
export const COLOR_SCHEME_STORAGE_KEY = "barraiser-color-scheme";

export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 6 is 4.3:1 against white, just short of WCAG AA for links and button labels.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: "md",
  cursorType: "pointer",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
  components: {
    Modal: { styles: { title: { fontWeight: 700, fontSize: "var(--mantine-font-size-lg)" } } },
  },
  headings: {
    fontWeight: "700",
    sizes: {
      h1: { fontSize: "1.875rem", lineHeight: "1.25" },
      h2: { fontSize: "1.375rem", lineHeight: "1.3" },
      h3: { fontSize: "1.0625rem", lineHeight: "1.4" },
      h4: { fontSize: "0.9375rem", lineHeight: "1.45" },
    },
  },
});

/**
 * Mantine's default "dimmed" grey is below WCAG AA contrast (4.5:1) for body-size text, on
 * white (3.3:1) and on dark surfaces (4.0:1), and so are placeholders. These keep the
 * hierarchy and pass AA on every surface the app uses.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "#5c636a", "--mantine-color-placeholder": "#6b7280" },
  dark: { "--mantine-color-dimmed": "#a6a6a6", "--mantine-color-placeholder": "#9a9a9a" },
});
