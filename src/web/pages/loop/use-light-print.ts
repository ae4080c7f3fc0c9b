/**
 * Paper is white: while the page prints, the light colour scheme is used whatever the screen
 * shows, and the screen's scheme comes back afterwards. Mantine styles dark mode through the
 * data-mantine-color-scheme attribute on <html>, so switching it is enough. Both print signals
 * are heard: before/afterprint (the print dialog) and the print media query (which is also
 * what "save as PDF" and print emulation change).
 */
import { useEffect } from "react";

const ATTRIBUTE = "data-mantine-color-scheme";

export function useLightSchemeWhilePrinting(): void {
  useEffect(() => {
    const root = document.documentElement;
    let saved: string | null = null;
    const enter = () => {
      if (saved !== null) return;
      saved = root.getAttribute(ATTRIBUTE) ?? "light";
      root.setAttribute(ATTRIBUTE, "light");
    };
    const leave = () => {
      if (saved === null) return;
      root.setAttribute(ATTRIBUTE, saved);
      saved = null;
    };
    const print = window.matchMedia("print");
    const onChange = (event: MediaQueryListEvent) => (event.matches ? enter() : leave());
    if (print.matches) enter();
    print.addEventListener("change", onChange);
    window.addEventListener("beforeprint", enter);
    window.addEventListener("afterprint", leave);
    return () => {
      print.removeEventListener("change", onChange);
      window.removeEventListener("beforeprint", enter);
      window.removeEventListener("afterprint", leave);
      leave();
    };
  }, []);
}
