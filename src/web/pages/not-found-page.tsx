/** Any address the app does not know. */
import { Button, Stack, Text, Title } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { usePageTitle } from "../lib/use-page-title.js";

export function NotFoundPage() {
  const { pathname } = useLocation();
  usePageTitle("Page not found");
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>Page not found</Title>
      <Text>
        Nothing lives at <code>{pathname}</code>. The menu lists every page.
      </Text>
      <Button component={Link} to="/" variant="default">
        Go to the dashboard
      </Button>
    </Stack>
  );
}
