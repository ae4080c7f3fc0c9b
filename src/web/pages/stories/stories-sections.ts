/** The tabs of the Stories page, in order; each has its own address under /stories. */
export const STORY_SECTIONS = [
  { value: "bank", to: "/stories", label: "Bank", title: "Story bank" },
  { value: "matrix", to: "/stories/matrix", label: "Matrix", title: "Principle matrix" },
  { value: "loop-plan", to: "/stories/loop-plan", label: "Loop plan", title: "Loop story plan" },
  { value: "import", to: "/stories/import", label: "Import and export", title: "Import and export" },
] as const;

export type StorySection = (typeof STORY_SECTIONS)[number];

export function storySectionOf(pathname: string): StorySection {
  const segment = pathname.split("/")[2] ?? "";
  return STORY_SECTIONS.find((section) => section.value === segment) ?? STORY_SECTIONS[0];
}
