/**
 * Practice: one heading and two tabs with their own addresses, the drill (/practice) and the
 * history (/practice/history, with attempts and comparisons under it).
 */
import { Tabs } from "@mantine/core";
import { Suspense } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { PageHeader } from "../../components/page-header.js";
import { LoadingBlock } from "../../components/query-state.js";
import classes from "./practice.module.css";

const TABS = [
  { value: "drill", label: "Drill", path: "/practice" },
  { value: "history", label: "History", path: "/practice/history" },
] as const;

export function PracticeLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = pathname === "/practice" || pathname === "/practice/" ? "drill" : "history";

  return (
    <>
      <PageHeader
        title="Practice"
        description="Answer on the clock with a live coach, go three or four follow-ups deep, and watch each principle improve."
      />
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = TABS.find((t) => t.value === value);
          if (tab && (value !== active || pathname !== tab.path)) navigate(tab.path);
        }}
        keepMounted={false}
        classNames={{ list: classes.tabList, tab: classes.tab }}
      >
        <Tabs.List aria-label="Practice sections">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="xl">
            <Suspense fallback={<LoadingBlock />}>
              <Outlet />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
