/** The guide: one heading and deep-linkable tabs (/guide/process, /guide/checklist, …). */
import { Tabs } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { Suspense } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { PageHeader } from "../../components/page-header.js";
import { LoadingBlock } from "../../components/query-state.js";
import classes from "./guide.module.css";
import { GUIDE_SECTIONS, isGuideSection } from "./guide-sections.js";

export function GuideLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const segment = pathname.split("/")[2];
  const active = isGuideSection(segment) ? segment : "process";
  // Five tabs do not fit a phone's width: there they wrap as pills instead of scrolling away.
  const narrow = useMediaQuery("(max-width: 36em)");
  const label = GUIDE_SECTIONS.find((section) => section.path === active)?.label;

  return (
    <>
      <PageHeader
        title="Interview guide"
        documentTitle={`Guide: ${label}`}
        description="How Amazon's loop works for PM, PM-Technical and TPM roles, what each Leadership Principle asks of you, and how to prepare for it."
      />
      <Tabs
        value={active}
        onChange={(value) => {
          if (value && value !== active) navigate(`/guide/${value}`);
        }}
        keepMounted={false}
        variant={narrow ? "pills" : "default"}
        classNames={{ list: narrow ? classes.pillList : classes.tabList, tab: classes.tab }}
      >
        <Tabs.List aria-label="Guide sections">
          {GUIDE_SECTIONS.map((section) => (
            <Tabs.Tab key={section.path} value={section.path}>
              {section.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {GUIDE_SECTIONS.map((section) => (
          <Tabs.Panel key={section.path} value={section.path} pt="xl">
            <Suspense fallback={<LoadingBlock />}>
              <Outlet />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
