/**
 * A small light badge whose text passes WCAG AA on its tint in both schemes: Mantine's light
 * variant uses shade 6 text in light mode, under 4.5:1 for orange, teal and cyan; shade 9 darkened
 * by a quarter clears it for every colour.
 */
import { Badge, type MantineColor } from "@mantine/core";
import type { CSSProperties, ReactNode } from "react";

export function KindBadge({ color, children }: { color: MantineColor; children: ReactNode }) {
  const style = {
    "--badge-color": `light-dark(color-mix(in srgb, var(--mantine-color-${color}-9) 75%, black), var(--mantine-color-${color}-light-color))`,
  } as CSSProperties;
  return (
    <Badge size="xs" variant="light" color={color} tt="none" style={style}>
      {children}
    </Badge>
  );
}
