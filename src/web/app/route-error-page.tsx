/** Shown when a route throws while rendering, or a page chunk fails to load. */
import { Button, Center, Code, Stack, Text, Title } from "@mantine/core";
import { isRouteErrorResponse, useRouteError } from "react-router";

export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : "Unknown error";
  return (
    <Center mih="100dvh" p="xl">
      <Stack maw="32rem" gap="md" role="alert">
        <Title order={1}>Something went wrong</Title>
        <Text>
          This page failed to load. Reloading usually helps; if the server was restarted with a new build, the page
          needs the new files.
        </Text>
        <Code block>{detail}</Code>
        <Button onClick={() => window.location.reload()} w="fit-content">
          Reload the page
        </Button>
      </Stack>
    </Center>
  );
}
