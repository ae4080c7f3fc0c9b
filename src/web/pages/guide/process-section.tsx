/**
 * The process: the stages as a timeline, the interviewers a loop is made of, the three role
 * profiles, and how the debrief turns votes into a decision.
 */
import {
  Blockquote,
  Card,
  Group,
  List,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import { useState } from "react";
import type { ProcessContent, Role } from "../../../core/content/pack-schema.js";
import { useProcess } from "../../api/queries.js";
import { PrincipleBadges } from "../../components/principle-badges.js";
import { QueryState } from "../../components/query-state.js";
import { LEVELS, QUESTION_TYPE_LABELS, ROLE_SHORT_LABELS } from "../../lib/labels.js";
import classes from "./guide.module.css";

function Stages({ stages }: { stages: ProcessContent["stages"] }) {
  return (
    <section className={classes.section} aria-labelledby="stages">
      <Title order={2} id="stages" mb={4}>
        How the process runs
      </Title>
      <Text c="dimmed" mb="lg">
        From the first call to the decision, in order.
      </Text>
      <Timeline active={stages.length} bulletSize={30} lineWidth={2}>
        {stages.map((stage, index) => (
          <Timeline.Item
            key={stage.id}
            bullet={
              <Text size="sm" fw={700} c="white">
                {index + 1}
              </Text>
            }
            title={
              <Title order={3} mb={6}>
                {stage.name}
              </Title>
            }
          >
            <Paper withBorder p="md" radius="md" mb="lg">
              <dl className={classes.meta}>
                <dt>Who</dt>
                <dd>{stage.who}</dd>
                <dt>Length</dt>
                <dd>{stage.length}</dd>
              </dl>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="md">
                <div>
                  <Title order={4} mb={6}>
                    What happens
                  </Title>
                  <List spacing={6} size="sm">
                    {stage.whatHappens.map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                </div>
                <div>
                  <Title order={4} mb={6}>
                    How to prepare
                  </Title>
                  <List spacing={6} size="sm">
                    {stage.howToPrepare.map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                </div>
              </SimpleGrid>
            </Paper>
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}

function Personas({ personas }: { personas: ProcessContent["personas"] }) {
  return (
    <section className={classes.section} aria-labelledby="personas">
      <Title order={2} id="personas" mb={4}>
        Who interviews you
      </Title>
      <Text c="dimmed" mb="lg">
        Each interviewer owns two or three principles and probes in their own way.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {personas.map((persona) => (
          <Card key={persona.id} withBorder padding="lg" radius="md">
            <Title order={3} mb="xs">
              {persona.name}
            </Title>
            <Text size="sm" mb="md">
              {persona.whoTheyAre}
            </Text>
            <Title order={4} mb={6}>
              How they probe
            </Title>
            <List spacing={6} size="sm" mb="md">
              {persona.howTheyProbe.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
            <Title order={4} mb={6}>
              Principles they often own
            </Title>
            <PrincipleBadges ids={persona.typicalPrinciples} size="sm" />
            <Blockquote
              color="indigo"
              p="sm"
              mt="md"
              fz="sm"
              fs="italic"
              cite="How they might open"
              styles={{ cite: { color: "var(--mantine-color-dimmed)", opacity: 1 } }}
            >
              {persona.introduction}
            </Blockquote>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}

function Roles({ roles }: { roles: ProcessContent["roles"] }) {
  const [roleId, setRoleId] = useState<Role>("pm");
  const role = roles.find((r) => r.id === roleId) ?? roles[0];
  if (!role) return null;
  return (
    <section className={classes.section} aria-labelledby="roles">
      <Title order={2} id="roles" mb={4}>
        The three roles
      </Title>
      <Text c="dimmed" mb="md">
        The same principles, a different mix of functional questions.
      </Text>
      <SegmentedControl
        value={roleId}
        onChange={(value) => setRoleId(value as Role)}
        data={roles.map((r) => ({ value: r.id, label: ROLE_SHORT_LABELS[r.id] }))}
        aria-label="Role"
        mb="md"
      />
      <Card withBorder padding="lg" radius="md">
        <Title order={3} mb="xs">
          {role.name}
        </Title>
        <Text size="sm" mb="lg">
          {role.summary}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <div>
            <Title order={4} mb="sm">
              Question mix in the loop
            </Title>
            <Stack gap="sm">
              {role.questionMix.map((mix) => (
                <div key={mix.type}>
                  <Group justify="space-between" mb={2}>
                    <Text size="sm">{QUESTION_TYPE_LABELS[mix.type]}</Text>
                    <Text size="sm" c="dimmed">
                      {Math.round(mix.share * 100)}%
                    </Text>
                  </Group>
                  <Progress value={mix.share * 100} size="sm" aria-label={`${QUESTION_TYPE_LABELS[mix.type]} share`} />
                </div>
              ))}
            </Stack>
          </div>
          <div>
            <Title order={4} mb="sm">
              Functional areas
            </Title>
            <List spacing={6} size="sm">
              {role.functionalAreas.map((area) => (
                <List.Item key={area}>{area}</List.Item>
              ))}
            </List>
          </div>
        </SimpleGrid>
        <Title order={4} mt="xl" mb="sm">
          What each level means
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          {LEVELS.map((level) => (
            <Paper key={level} withBorder p="md" radius="md">
              <Text fw={700} mb={4}>
                {level}
              </Text>
              <Text size="sm">{role.levels[level]}</Text>
            </Paper>
          ))}
        </SimpleGrid>
      </Card>
    </section>
  );
}

const VOTE_COLORS: Record<number, string> = { 4: "teal", 3: "green", 2: "orange", 1: "red" };

function Decision({ votes, debrief }: Pick<ProcessContent, "votes" | "debrief">) {
  return (
    <section className={classes.section} aria-labelledby="decision">
      <Title order={2} id="decision" mb={4}>
        How the decision is made
      </Title>
      <Text c="dimmed" mb="lg">
        Every interviewer votes on a four-step scale, then the debrief weighs the evidence.
      </Text>
      <Title order={3} mb="sm">
        The vote scale
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="xl">
        {[...votes]
          .sort((a, b) => b.value - a.value)
          .map((vote) => (
            <Paper
              key={vote.value}
              withBorder
              p="md"
              radius="md"
              style={{ borderTop: `4px solid var(--mantine-color-${VOTE_COLORS[vote.value] ?? "gray"}-6)` }}
            >
              <Text fw={700}>{vote.name}</Text>
              <Text size="sm" mt={4}>
                {vote.meaning}
              </Text>
            </Paper>
          ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" mb="xl">
        <div>
          <Title order={3} mb="sm">
            The debrief, step by step
          </Title>
          <List type="ordered" spacing="xs" size="sm">
            {debrief.steps.map((step) => (
              <List.Item key={step}>{step}</List.Item>
            ))}
          </List>
        </div>
        <div>
          <Title order={3} mb="sm">
            Rules of the debrief
          </Title>
          <List spacing="xs" size="sm">
            {debrief.rules.map((rule) => (
              <List.Item key={rule}>{rule}</List.Item>
            ))}
          </List>
        </div>
      </SimpleGrid>
      <Title order={3} mb="sm" id="level-calibration">
        Level calibration
      </Title>
      <Paper withBorder radius="md" className={classes.tableWrap}>
        <Table verticalSpacing="sm" horizontalSpacing="md" miw={720} aria-labelledby="level-calibration" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Dimension</Table.Th>
              {LEVELS.map((level) => (
                <Table.Th key={level} scope="col">
                  {level}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {debrief.levelCalibration.map((row) => (
              <Table.Tr key={row.dimension}>
                <Table.Th scope="row" fw={600} w={150} style={{ verticalAlign: "top" }}>
                  {row.dimension}
                </Table.Th>
                {LEVELS.map((level) => (
                  <Table.Td key={level} fz="sm" style={{ verticalAlign: "top" }}>
                    {row[level]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </section>
  );
}

export function ProcessSection() {
  const process = useProcess();
  return (
    <QueryState query={process} loadingLabel="Loading the process…">
      {(data) => (
        <>
          <Stages stages={data.stages} />
          <Personas personas={data.personas} />
          <Roles roles={data.roles} />
          <Decision votes={data.votes} debrief={data.debrief} />
        </>
      )}
    </QueryState>
  );
}
