/**
 * Light/dark switching. The choice is kept in localStorage (read before first paint, see
 * public/theme-init.js) and in the server's settings, so it survives a new browser profile
 * and travels with a backup.
 */
import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef } from "react";
import { useSettings, useUpdateSettings } from "../api/queries.js";
import { Icon } from "../components/icons.js";

export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme("light", { getInitialValueInEffect: false });
  const updateSettings = useUpdateSettings();
  const next = computed === "dark" ? "light" : "dark";
  const label = `Switch to ${next} mode`;

  const onToggle = () => {
    setColorScheme(next);
    updateSettings.mutate(
      { theme: next },
      {
        onError: (error) =>
          notifications.show({ color: "red", title: "Theme not saved to settings", message: error.message }),
      },
    );
  };

  return (
    <Tooltip label={label} openDelay={400}>
      <ActionIcon
        variant="default"
        size="lg"
        radius="md"
        onClick={onToggle}
        aria-label={label}
        data-testid="theme-toggle"
        data-scheme={computed}
      >
        <Icon name={computed === "dark" ? "sun" : "moon"} size={18} />
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * Applies the theme saved on the server once per page load. localStorage already painted the
 * first frame; the server wins when they differ (say, after a restore on another browser).
 */
export function useServerColorScheme(): void {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const settings = useSettings();
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current || !settings.data) return;
    applied.current = true;
    const saved = settings.data.theme;
    if (saved && saved !== colorScheme) setColorScheme(saved);
  }, [settings.data, colorScheme, setColorScheme]);
}
