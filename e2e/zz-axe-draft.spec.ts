import AxeBuilder from "@axe-core/playwright";
import { test } from "@playwright/test";
const paths = ["/", "/guide/process", "/guide/principles", "/guide/topics", "/guide/checklist", "/guide/mistakes", "/guide/principles/dive-deep", "/questions", "/questions/bhv-dive-deep-01", "/practice?question=bhv-dive-deep-01", "/settings", "/stories"];
for (const scheme of ["light", "dark"] as const) {
  for (const p of paths) {
    test(`${scheme} ${p}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(p);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      const r = await new AxeBuilder({ page }).analyze();
      for (const v of r.violations) console.log(scheme, p, v.id, v.impact, v.nodes.length, v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " :: " + (n.failureSummary ?? "").split("\n").slice(0,2).join(" ")).join(" | "));
    });
  }
}
