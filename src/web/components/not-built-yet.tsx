/** The honest placeholder for a page whose feature has not landed. */
import { Alert, Anchor, Badge, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { Icon } from "./icons.js";
import { PageHeader } from "./page-header.js";

export interface NotBuiltYetProps {
  title: string;
  /** One sentence: what the page is for. */
  purpose: string;
  /** 2-4 lines on what the page will do. */
  plans: string[];
  /** What to use in the meantime. */
  meanwhile: { to: string; label: string }[];
  children?: ReactNode;
}

export function NotBuiltYet({ title, purpose, plans, meanwhile, children }: NotBuiltYetProps) {
  return (
    <>
      <PageHeader
        title={title}
        eyebrow={
          <Badge variant="outline" w="fit-content" c="dimmed" styles={{ root: { borderColor: "currentColor" } }}>
            Not built yet
          </Badge>
        }
        description={purpose}
      />
      <Stack gap="lg" maw="48rem">
        <Alert
          color="yellow"
          variant="light"
          icon={<Icon name="hammer" />}
          title="Not built yet"
          styles={{ title: { color: "var(--mantine-color-text)" } }}
        >
          This page is a placeholder: nothing on it works yet, and nothing you do here is saved.
        </Alert>
        {children}
        <Paper withBorder p="lg">
          <Title order={2} size="h3" mb="sm">
            What this page will do
          </Title>
          <List spacing="xs">
            {plans.map((plan) => (
              <List.Item key={plan}>{plan}</List.Item>
            ))}
          </List>
        </Paper>
        <Text>
          Meanwhile:{" "}
          {meanwhile.map((link, index) => (
            <span key={link.to}>
              {index > 0 ? " · " : null}
              <Anchor component={Link} to={link.to}>
                {link.label}
              </Anchor>
            </span>
          ))}
        </Text>
      </Stack>
    </>
  );
}
