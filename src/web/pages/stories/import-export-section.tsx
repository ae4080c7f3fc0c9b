/**
 * Export the bank (CSV, Markdown story cards, JSON) and import a story spreadsheet in two steps:
 * a preview that writes nothing (the detected column mapping, which the user can change, the
 * rows that will be imported, and every problem by line and column, errors apart from
 * warnings), then "Import N stories", which creates exactly the previewed rows.
 */
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import type { CsvProblem } from "../../../core/stories/story-csv-import.js";
import { usePrinciples } from "../../api/queries.js";
import type { CsvPreview, CsvTarget, ExportFormat } from "../../api/stories.js";
import { storyExportUrl, useImportStories, usePreviewCsv, useStories } from "../../api/stories.js";
import { Icon } from "../../components/icons.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import classes from "./stories.module.css";
import { ToneBadge } from "./story-bits.js";
import { CSV_FIELD_LABELS, CSV_FIELD_TARGETS, plural } from "./story-labels.js";

/** The API's cap on a CSV (schema.ts MAX_CSV_BYTES): refused here before it is sent. */
const MAX_CSV_BYTES = 2 * 1024 * 1024;
const SKIP = "skip";

const EXPORTS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: "csv", label: "CSV", hint: "Opens in Excel or Sheets; imports back unchanged." },
  { format: "md", label: "Markdown", hint: "Story cards to read or print." },
  { format: "json", label: "JSON", hint: "Every field, for scripts and backups." },
];

function ExportCard() {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="export-heading">
      <Title order={2} id="export-heading" mb={4}>
        Export
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Your active stories (archived ones stay here), with everything you wrote.
      </Text>
      <Stack gap="sm">
        {EXPORTS.map((item) => (
          <Group key={item.format} gap="sm" wrap="nowrap" align="center">
            <Button
              component="a"
              href={storyExportUrl(item.format)}
              download
              variant="default"
              leftSection={<Icon name="download" size={18} />}
              className={classes.exportButton}
            >
              Export {item.label}
            </Button>
            <Text size="sm" c="dimmed">
              {item.hint}
            </Text>
          </Group>
        ))}
        <Anchor component={Link} to="/stories/print" size="sm" mt="xs">
          Or print story cards
        </Anchor>
      </Stack>
    </Card>
  );
}

function lineLabel(problem: CsvProblem): string {
  if (problem.line === 0) return "File";
  return problem.line === 1 ? "1 (header)" : String(problem.line);
}

function columnLabel(problem: CsvProblem): string {
  if (problem.column === undefined) return "–";
  return problem.columnNumber ? `${problem.column} (${problem.columnNumber})` : problem.column;
}

function ProblemTable({ problems, severity }: { problems: CsvProblem[]; severity: CsvProblem["severity"] }) {
  const error = severity === "error";
  const headingId = `import-${severity}s-heading`;
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={error ? classes.errorBlock : classes.warningBlock}>
      <Group gap={6} mb="xs" align="center">
        <Icon name={error ? "x" : "alert"} size={18} className={error ? classes.errorIcon : classes.warnIcon} />
        <Title order={4} id={headingId}>
          {error
            ? `${plural(problems.length, "error")}: these rows are left out`
            : `${plural(problems.length, "warning")}: imported as described`}
        </Title>
      </Group>
      <Table
        striped
        withTableBorder
        verticalSpacing={6}
        data-testid={error ? "import-errors" : "import-warnings"}
        className={classes.problemTable}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Line</Table.Th>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">{error ? "Error" : "Warning"}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list for one preview
            <Table.Tr key={index} data-line={problem.line}>
              <Table.Td className={classes.numberCell}>{lineLabel(problem)}</Table.Td>
              <Table.Td>{columnLabel(problem)}</Table.Td>
              <Table.Td>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function MappingTable({
  preview,
  onChange,
  busy,
}: {
  preview: CsvPreview;
  onChange: (mapping: (CsvTarget | null)[]) => void;
  busy: boolean;
}) {
  const principles = usePrinciples().data ?? [];
  const data = [
    { group: "Skip", items: [{ value: SKIP, label: "Do not import" }] },
    { group: "Story field", items: CSV_FIELD_TARGETS.map((t) => ({ value: t, label: CSV_FIELD_LABELS[t] })) },
    {
      group: "One column per principle (cells: P, S, x)",
      items: principles.map((p) => ({ value: `principle:${p.id}`, label: `Principle: ${p.name}` })),
    },
  ];
  return (
    <section aria-labelledby="mapping-heading">
      <Title order={4} id="mapping-heading" mb={4}>
        Columns
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Detected from the headers. Change any column’s target and the preview updates.
      </Text>
      <Table withTableBorder verticalSpacing={6} maw="48rem" data-testid="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="2.5rem">
              #
            </Table.Th>
            <Table.Th scope="col">Column in the file</Table.Th>
            <Table.Th scope="col">Import as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.headers.map((header, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position
            <Table.Tr key={index}>
              <Table.Td className={classes.numberCell}>{index + 1}</Table.Td>
              <Table.Td>
                {header || (
                  <Text span c="dimmed">
                    (no header)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Import column ${index + 1} (${header || "no header"}) as`}
                  data={data}
                  value={preview.mapping[index] ?? SKIP}
                  allowDeselect={false}
                  searchable
                  disabled={busy}
                  size="xs"
                  comboboxProps={{ width: 300, position: "bottom-start" }}
                  onChange={(value) => {
                    const next = preview.headers.map((_, i) => preview.mapping[i] ?? null);
                    next[index] = !value || value === SKIP ? null : (value as CsvTarget);
                    onChange(next);
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function RowsTable({ preview, existingTitles }: { preview: CsvPreview; existingTitles: Set<string> }) {
  const nameOf = usePrincipleNames();
  if (preview.stories.length === 0) return null;
  return (
    <section aria-labelledby="rows-heading">
      <Title order={4} id="rows-heading" mb="xs">
        {plural(preview.stories.length, "story", "stories")} to import
      </Title>
      <Table striped withTableBorder verticalSpacing={6} data-testid="import-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Line</Table.Th>
            <Table.Th scope="col">Title</Table.Th>
            <Table.Th scope="col">Principles</Table.Th>
            <Table.Th scope="col">STAR parts</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.stories.map(({ line, story }) => {
            const parts = (["situation", "task", "action", "result"] as const).filter((p) => story[p]);
            return (
              <Table.Tr key={line} data-testid="import-row">
                <Table.Td className={classes.numberCell}>{line}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} data-testid="import-row-title">
                    {story.title}
                  </Text>
                  {existingTitles.has(story.title) ? (
                    <ToneBadge tone="orange" size="xs">
                      A story with this title is already in your bank
                    </ToneBadge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {story.principles.length === 0
                      ? "–"
                      : story.principles
                          .map((p) => `${nameOf(p.id)}${p.strength === "primary" ? " (P)" : " (S)"}`)
                          .join(", ")}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {parts.length === 0 ? "none" : parts.map((p) => p.charAt(0).toUpperCase()).join(" ")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function describeDelimiter(delimiter: string): string {
  if (delimiter === "\t") return "tabs";
  if (delimiter === ";") return "semicolons";
  return "commas";
}

function PreviewView({
  preview,
  source,
  busy,
  onMapping,
  onImport,
  onCancel,
  importing,
}: {
  preview: CsvPreview;
  source: string;
  busy: boolean;
  onMapping: (mapping: (CsvTarget | null)[]) => void;
  onImport: () => void;
  onCancel: () => void;
  importing: boolean;
}) {
  const bank = useStories("include");
  const existingTitles = new Set((bank.data?.stories ?? []).map((s) => s.title));
  const errors = preview.problems.filter((p) => p.severity === "error");
  const warnings = preview.problems.filter((p) => p.severity === "warning");
  const hidden = preview.totalProblems - preview.problems.length;
  const count = preview.stories.length;
  return (
    <Stack gap="lg" data-testid="import-preview" className={busy ? classes.stale : undefined}>
      <Alert
        color={count > 0 ? "blue" : "red"}
        variant="light"
        icon={<Icon name="info" />}
        title="Preview: nothing is saved yet"
      >
        <Text size="sm" data-testid="import-summary">
          {source}: {plural(preview.rowCount, "row")} separated by {describeDelimiter(preview.delimiter)}.{" "}
          {plural(count, "story", "stories")} ready to import
          {errors.length > 0 ? `, ${plural(errors.length, "error")}` : ""}
          {warnings.length > 0 ? `, ${plural(warnings.length, "warning")}` : ""}.
        </Text>
      </Alert>
      <MappingTable preview={preview} onChange={onMapping} busy={busy} />
      <Stack gap="md">
        {preview.problems.length === 0 ? (
          <Text size="sm">No problems found.</Text>
        ) : (
          <>
            <ProblemTable problems={errors} severity="error" />
            <ProblemTable problems={warnings} severity="warning" />
          </>
        )}
        {hidden > 0 ? (
          <Text size="sm" c="dimmed">
            …and {plural(hidden, "more problem")} not listed. Fix these first and preview again.
          </Text>
        ) : null}
      </Stack>
      <RowsTable preview={preview} existingTitles={existingTitles} />
      <Group gap="sm">
        <Button onClick={onImport} disabled={count === 0 || busy} loading={importing} data-testid="confirm-import">
          {count === 0 ? "Nothing to import" : `Import ${plural(count, "story", "stories")}`}
        </Button>
        <Button variant="default" onClick={onCancel}>
          Start over
        </Button>
      </Group>
    </Stack>
  );
}

function ImportCard() {
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState("");
  const [loaded, setLoaded] = useState<{ csv: string; source: string } | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const previewCsv = usePreviewCsv();
  const importStories = useImportStories();
  const resultRef = useRef<HTMLDivElement>(null);

  // A new step replaces the button that was pressed: move focus to it so it is read out.
  useEffect(() => {
    if (preview || done !== null) resultRef.current?.focus();
  }, [preview, done]);

  const runPreview = (csv: string, source: string, mapping?: (CsvTarget | null)[]) => {
    setReadError(null);
    setDone(null);
    if (new Blob([csv]).size > MAX_CSV_BYTES) {
      setReadError(`${source} is larger than 2 MB. Split it and import the parts one by one.`);
      return;
    }
    setLoaded({ csv, source });
    previewCsv.mutate({ csv, ...(mapping ? { mapping } : {}) }, { onSuccess: setPreview });
  };

  const onFile = async (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    if (!chosen) return;
    try {
      runPreview(await chosen.text(), `“${chosen.name}”`);
    } catch (error) {
      setReadError(`Could not read “${chosen.name}”: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const reset = () => {
    setPreview(null);
    setLoaded(null);
    setFile(null);
    previewCsv.reset();
  };

  const onImport = () => {
    if (!preview) return;
    importStories.mutate(
      preview.stories.map((row) => row.story),
      {
        onSuccess: (result) => {
          notifications.show({
            color: "teal",
            title: `${plural(result.created, "story", "stories")} imported`,
            message: "They are in your bank and the matrix now.",
          });
          setDone(result.created);
          setPreview(null);
          setLoaded(null);
          setFile(null);
          setPasted("");
        },
      },
    );
  };

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="import-heading">
      <Title order={2} id="import-heading" mb={4}>
        Import a CSV
      </Title>
      <Text size="sm" c="dimmed" mb="md" maw="52rem">
        From Excel or Google Sheets: one row per story, a header row naming the columns (Title, Situation, Task, Action,
        Result, Principles or one column per principle, Tags…). You see exactly what would be imported, and every
        problem by line and column, before anything is saved.
      </Text>
      {preview === null ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <FileInput
              label="CSV file"
              placeholder="Choose a .csv file"
              accept=".csv,text/csv,.tsv,text/tab-separated-values,.txt,text/plain"
              value={file}
              onChange={(chosen) => void onFile(chosen)}
              clearable
              leftSection={<Icon name="upload" size={16} />}
            />
            <Text size="xs" c="dimmed">
              Commas, semicolons or tabs; up to 2 MB and 2,000 stories.
            </Text>
          </Stack>
          <Stack gap="xs">
            <Textarea
              label="Or paste the CSV"
              placeholder={"Title,Situation,Task,Action,Result,Principles\nCut checkout latency,…"}
              autosize
              minRows={3}
              maxRows={10}
              value={pasted}
              onChange={(event) => setPasted(event.currentTarget.value)}
              classNames={{ input: classes.mono }}
            />
            <Button
              variant="default"
              w="fit-content"
              disabled={pasted.trim() === ""}
              loading={previewCsv.isPending}
              onClick={() => runPreview(pasted, "Pasted text")}
            >
              Preview import
            </Button>
          </Stack>
        </SimpleGrid>
      ) : null}
      {readError ? (
        <Alert color="red" variant="light" mt="md" role="alert" title="Could not read the file">
          {readError}
        </Alert>
      ) : null}
      {previewCsv.isError ? (
        <Alert color="red" variant="light" mt="md" role="alert" title="Could not preview">
          {previewCsv.error.message}
        </Alert>
      ) : null}
      {importStories.isError ? (
        <Alert color="red" variant="light" mt="md" role="alert" title="Nothing was imported">
          {importStories.error.message}
        </Alert>
      ) : null}
      <div ref={resultRef} tabIndex={-1} className={classes.focusTarget}>
        {preview && loaded ? (
          <PreviewView
            preview={preview}
            source={loaded.source}
            busy={previewCsv.isPending}
            importing={importStories.isPending}
            onMapping={(mapping) => runPreview(loaded.csv, loaded.source, mapping)}
            onImport={onImport}
            onCancel={reset}
          />
        ) : null}
        {done !== null ? (
          <Alert
            color="teal"
            variant="light"
            mt="md"
            icon={<Icon name="check" />}
            title="Imported"
            data-testid="import-done"
          >
            <Text size="sm">
              {plural(done, "story", "stories")} added to your bank.{" "}
              <Anchor component={Link} to="/stories" size="sm" c="inherit" underline="always">
                See them in the bank
              </Anchor>{" "}
              or{" "}
              <Anchor component={Link} to="/stories/matrix" size="sm" c="inherit" underline="always">
                in the matrix
              </Anchor>
              .
            </Text>
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}

export function ImportExportSection() {
  return (
    <Stack gap="xl">
      <ImportCard />
      <ExportCard />
    </Stack>
  );
}
