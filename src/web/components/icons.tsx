/**
 * A handful of line icons drawn as inline SVG (no icon package, no network). Decorative:
 * every icon is hidden from assistive technology, so the control around it needs a label.
 */
import type { SVGProps } from "react";

const PATHS = {
  home: ["M5 12H3l9-9 9 9h-2", "M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7", "M9 21v-6a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v6"],
  guide: ["M3 19a9 9 0 0 1 9 0 9 9 0 0 1 9 0", "M3 6a9 9 0 0 1 9 0 9 9 0 0 1 9 0", "M3 6v13", "M12 6v13", "M21 6v13"],
  questions: ["M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0", "M12 17v.01", "M12 13.5a1.5 1.5 0 0 1 1-1.5 2.6 2.6 0 1 0-3-4"],
  stories: ["M6 4h11a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1", "M9 4v16", "M13 8h2", "M13 12h2"],
  practice: ["M9 5a3 3 0 0 1 6 0v5a3 3 0 0 1-6 0z", "M5 10a7 7 0 0 0 14 0", "M8 21h8", "M12 17v4"],
  loop: [
    "M5 7a4 4 0 1 0 8 0 4 4 0 1 0-8 0",
    "M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2",
    "M16 3.13a4 4 0 0 1 0 7.75",
    "M21 21v-2a4 4 0 0 0-3-3.85",
  ],
  plan: ["M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z", "M16 3v4", "M8 3v4", "M4 11h16"],
  settings: [
    "M12 6a2 2 0 1 0 4 0 2 2 0 1 0-4 0",
    "M4 6h8",
    "M16 6h4",
    "M6 12a2 2 0 1 0 4 0 2 2 0 1 0-4 0",
    "M4 12h2",
    "M10 12h10",
    "M15 18a2 2 0 1 0 4 0 2 2 0 1 0-4 0",
    "M4 18h11",
    "M19 18h1",
  ],
  sun: [
    "M8 12a4 4 0 1 0 8 0 4 4 0 1 0-8 0",
    "M3 12h1m8-9v1m8 8h1m-9 8v1M5.6 5.6l.7.7m12.1-.7-.7.7m0 11.4.7.7m-12.1-.7-.7.7",
  ],
  moon: ["M12 3h.393a7.5 7.5 0 0 0 7.92 12.446A9 9 0 1 1 12 2.992z"],
  check: ["M5 12l5 5L20 7"],
  x: ["M18 6 6 18", "M6 6l12 12"],
  download: ["M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2", "M7 11l5 5 5-5", "M12 4v12"],
  upload: ["M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2", "M7 9l5-5 5 5", "M12 4v12"],
  search: ["M3 10a7 7 0 1 0 14 0 7 7 0 1 0-14 0", "M21 21l-6-6"],
  plus: ["M12 5v14", "M5 12h14"],
  arrowLeft: ["M5 12h14", "M5 12l6 6", "M5 12l6-6"],
  arrowRight: ["M5 12h14", "M13 18l6-6", "M13 6l6 6"],
  alert: [
    "M12 9v4",
    "M10.363 3.591 2.257 17.125a1.914 1.914 0 0 0 1.636 2.871h16.214a1.914 1.914 0 0 0 1.636-2.87L13.637 3.59a1.914 1.914 0 0 0-3.274 0z",
    "M12 16h.01",
  ],
  clock: ["M3 12a9 9 0 1 0 18 0 9 9 0 0 0-18 0", "M12 7v5l3 3"],
  trash: [
    "M4 7h16",
    "M10 11v6",
    "M14 11v6",
    "M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12",
    "M9 7V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v3",
  ],
  eye: ["M10 12a2 2 0 1 0 4 0 2 2 0 0 0-4 0", "M21 12c-2.4 4-5.4 6-9 6s-6.6-2-9-6c2.4-4 5.4-6 9-6s6.6 2 9 6"],
  info: ["M3 12a9 9 0 1 0 18 0 9 9 0 0 0-18 0", "M12 9h.01", "M11 12h1v4h1"],
  hammer: ["M3 21l9-9", "M12.5 7.5l4 4", "M14 3l7 7-3 3-7-7z"],
} as const;

export type IconName = keyof typeof PATHS;

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, "name"> {
  name: IconName;
  size?: number;
}

export function Icon({ name, size = 20, strokeWidth = 1.8, ...rest }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/** The product mark: three rising bars, as in the favicon. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-indigo-7)" />
      <rect x="7" y="19" width="4" height="6" rx="1" fill="#fff" />
      <rect x="14" y="13" width="4" height="12" rx="1" fill="#fff" />
      <rect x="21" y="7" width="4" height="18" rx="1" fill="#fff" />
    </svg>
  );
}
