/** The top of every page: its one h1, a sentence on what the page is for, and actions. */
import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "../lib/use-page-title.js";

export interface PageHeaderProps {
  title: string;
  /** Shown above the title, e.g. a breadcrumb or a status badge. */
  eyebrow?: ReactNode;
  /** A string is shown as a dimmed lead; other content is shown as it is. */
  description?: ReactNode;
  actions?: ReactNode;
  /** Browser tab title when it should differ from the heading. */
  documentTitle?: string;
}

export function PageHeader({ title, eyebrow, description, actions, documentTitle }: PageHeaderProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="xl" wrap="wrap">
      <Stack gap={6} style={{ flex: "1 1 22rem", minWidth: 0 }}>
        {eyebrow}
        <Title order={1}>{title}</Title>
        {typeof description === "string" ? (
          <Text c="dimmed" maw="46rem">
            {description}
          </Text>
        ) : (
          description
        )}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
