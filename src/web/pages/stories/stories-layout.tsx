/** The Stories page: one heading, its actions, and deep-linkable tabs (/stories/matrix, …). */
import { Button, Tabs } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import classes from "./stories.module.css";
import { STORY_SECTIONS, storySectionOf } from "./stories-sections.js";

export function StoriesLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = storySectionOf(pathname);
  // Four tabs do not fit a phone's width: there they wrap as pills instead of scrolling away.
  const narrow = useMediaQuery("(max-width: 36em)");

  return (
    <>
      <PageHeader
        title="Stories"
        documentTitle={`Stories: ${active.title}`}
        description="Your STAR stories, how well they cover the 16 Leadership Principles, and which one to tell to whom in a loop. They stay on this machine."
        actions={
          <>
            <Button component={Link} to="/stories/new" leftSection={<Icon name="plus" size={18} />}>
              New story
            </Button>
            <Button component={Link} to="/stories/print" variant="default">
              Print story cards
            </Button>
          </>
        }
      />
      <Tabs
        value={active.value}
        onChange={(value) => {
          const next = STORY_SECTIONS.find((section) => section.value === value);
          if (next && next.value !== active.value) navigate(next.to);
        }}
        keepMounted={false}
        variant={narrow ? "pills" : "default"}
        classNames={{ list: narrow ? classes.pillList : classes.tabList, tab: classes.tab }}
      >
        <Tabs.List aria-label="Story sections">
          {STORY_SECTIONS.map((section) => (
            <Tabs.Tab key={section.value} value={section.value}>
              {section.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {STORY_SECTIONS.map((section) => (
          <Tabs.Panel key={section.value} value={section.value} pt="xl">
            <Outlet />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
