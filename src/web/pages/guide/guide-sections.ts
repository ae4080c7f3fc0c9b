/** The guide's sections, in tab order; each is a child route of /guide. */
export const GUIDE_SECTIONS = [
  { path: "process", label: "Process" },
  { path: "principles", label: "Principles" },
  { path: "topics", label: "Topics" },
  { path: "checklist", label: "Checklist" },
  { path: "mistakes", label: "Mistakes" },
] as const;

export type GuideSectionPath = (typeof GUIDE_SECTIONS)[number]["path"];

export function isGuideSection(value: string | undefined): value is GuideSectionPath {
  return GUIDE_SECTIONS.some((section) => section.path === value);
}
