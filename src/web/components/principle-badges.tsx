/** Principle tags that link to each principle's page in the guide. */
import { Badge, Group } from "@mantine/core";
import { Link } from "react-router";
import { usePrincipleNames } from "../lib/use-principle-names.js";

export function PrincipleBadges({
  ids,
  linked = true,
  size = "md",
}: {
  ids: readonly string[];
  linked?: boolean;
  size?: "sm" | "md";
}) {
  const nameOf = usePrincipleNames();
  return (
    <Group gap={6}>
      {ids.map((id) =>
        linked ? (
          <Badge
            key={id}
            component={Link}
            to={`/guide/principles/${id}`}
            variant="light"
            color="indigo"
            size={size}
            tt="none"
            style={{ cursor: "pointer" }}
          >
            {nameOf(id)}
          </Badge>
        ) : (
          <Badge key={id} variant="light" color="indigo" size={size} tt="none">
            {nameOf(id)}
          </Badge>
        ),
      )}
    </Group>
  );
}
