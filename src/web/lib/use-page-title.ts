/** Sets the browser tab title, which screen readers announce on navigation. */
import { useEffect } from "react";

export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Bar Raiser` : "Bar Raiser";
  }, [title]);
}
