/**
 * The frame around every page: header with the product name and the theme switch, the main
 * navigation (a burger menu at phone width), and the lazily loaded page in <main>.
 */
import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense, useEffect } from "react";
import { Link, Outlet, ScrollRestoration, useLocation } from "react-router";
import { Icon, type IconName, LogoMark } from "../components/icons.js";
import { LoadingBlock } from "../components/query-state.js";
import classes from "./app-shell.module.css";
import { ThemeToggle, useServerColorScheme } from "./theme-toggle.js";

interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  /** The feature behind the page has not landed yet. */
  notBuilt?: boolean;
}

const NAV_ITEMS: NavItem[] = [
  { to: "/", label: "Dashboard", icon: "home" },
  { to: "/guide", label: "Guide", icon: "guide" },
  { to: "/questions", label: "Questions", icon: "questions" },
  { to: "/stories", label: "Stories", icon: "stories" },
  { to: "/practice", label: "Practice", icon: "practice" },
  { to: "/loop", label: "Mock loop", icon: "loop" },
  { to: "/plan", label: "Plan", icon: "plan" },
  { to: "/settings", label: "Settings", icon: "settings" },
];

function isActive(pathname: string, to: string): boolean {
  return to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
}

/** Below this width the navigation collapses behind the burger (phone and small tablet). */
const NAVBAR_BREAKPOINT_PX = 769;

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  useServerColorScheme();

  // A tap on a link in the phone menu should show the page, not leave the menu over it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation by design
  useEffect(() => close(), [pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: NAVBAR_BREAKPOINT_PX, collapsed: { mobile: !opened } }}
      padding={0}
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              className={classes.burger}
              size="sm"
              aria-label={opened ? "Close navigation" : "Open navigation"}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <UnstyledButton
              component={Link}
              to="/"
              className={classes.brand}
              aria-label="Bar Raiser, go to the dashboard"
            >
              <LogoMark />
              <Text component="span" fw={800} fz="lg" className={classes.brandName}>
                Bar Raiser
              </Text>
            </UnstyledButton>
          </Group>
          <ThemeToggle />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="main-navigation" aria-label="Main" className={classes.navbar} data-open={opened}>
        <AppShell.Section grow component={ScrollArea} p="sm">
          {NAV_ITEMS.map((item) => {
            const active = isActive(pathname, item.to);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={active}
                aria-current={active ? "page" : undefined}
                leftSection={<Icon name={item.icon} />}
                rightSection={
                  item.notBuilt ? (
                    <Badge
                      size="xs"
                      variant="outline"
                      className={classes.soon}
                      styles={{ root: { color: "var(--mantine-color-dimmed)", borderColor: "currentColor" } }}
                    >
                      Not built
                    </Badge>
                  ) : null
                }
                className={classes.navLink}
              />
            );
          })}
        </AppShell.Section>
        <AppShell.Section p="md" className={classes.navFooter}>
          <Text size="xs" c="dimmed">
            Local-first: your data stays on this machine.
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <div className={classes.page}>
          <Suspense fallback={<LoadingBlock label="Loading page…" />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
      <ScrollRestoration />
    </AppShell>
  );
}
