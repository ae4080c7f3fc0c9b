/**
 * Printable story cards: one card per active story with everything needed to rehearse it. The
 * print stylesheet (stories.module.css) drops the app's header, navigation and these controls,
 * prints black on white whatever the theme, and never splits a card across pages.
 */
import { Anchor, Breadcrumbs, Button, Checkbox, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { type StoryWithCheck, useStories } from "../../api/stories.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { QueryState } from "../../components/query-state.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import classes from "./stories.module.css";
import { BADGE_LABELS, percent } from "./story-labels.js";
import { describeTellingTime, tellingTime } from "./story-telling-time.js";

interface CardOptions {
  notes: boolean;
  rating: boolean;
}

function Part({ label, text }: { label: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <div className={classes.cardPart}>
      <h3 className={classes.cardPartLabel}>{label}</h3>
      <p className={classes.cardText}>{text}</p>
    </div>
  );
}

function StoryCard({ story, options }: { story: StoryWithCheck; options: CardOptions }) {
  const nameOf = usePrincipleNames();
  const primary = story.principles.filter((p) => p.strength === "primary").map((p) => nameOf(p.id));
  const secondary = story.principles.filter((p) => p.strength === "secondary").map((p) => nameOf(p.id));
  return (
    <article className={classes.printCard} aria-labelledby={`card-${story.id}`} data-testid="print-card">
      <header className={classes.printCardHeader}>
        <h2 id={`card-${story.id}`} className={classes.printCardTitle}>
          {story.title}
        </h2>
        <p className={classes.printMeta}>
          {primary.length > 0 ? (
            <span>
              <strong>Primary:</strong> {primary.join(", ")}
            </span>
          ) : null}
          {secondary.length > 0 ? (
            <span>
              <strong>Secondary:</strong> {secondary.join(", ")}
            </span>
          ) : null}
          <span>{describeTellingTime(tellingTime(story))}</span>
          {options.rating ? (
            <span>
              Coach: {BADGE_LABELS[story.check.badge]} ({percent(story.check.quality)})
            </span>
          ) : null}
          {story.tags.length > 0 ? <span>{story.tags.map((t) => `#${t}`).join(" ")}</span> : null}
        </p>
      </header>
      <div className={classes.star}>
        <Part label="Situation" text={story.situation} />
        <Part label="Task" text={story.task} />
        <Part label="Action" text={story.action} />
        <Part label="Result" text={story.result} />
      </div>
      {story.metrics.length > 0 ? (
        <div className={classes.cardPart}>
          <h3 className={classes.cardPartLabel}>Metrics</h3>
          <ul className={classes.cardList}>
            {story.metrics.map((m) => (
              <li key={m.label}>
                <strong>{m.label}:</strong> {m.value}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {story.judgementCalls.length > 0 ? (
        <div className={classes.cardPart}>
          <h3 className={classes.cardPartLabel}>Judgement calls</h3>
          <ul className={classes.cardList}>
            {story.judgementCalls.map((call) => (
              <li key={call}>{call}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Part label="Dissent" text={story.dissent} />
      <Part label="Lessons" text={story.lessons} />
      {options.notes ? <Part label="Deep-dive notes" text={story.deepDiveNotes} /> : null}
    </article>
  );
}

export function PrintCardsPage() {
  const stories = useStories("exclude");
  const [options, setOptions] = useState<CardOptions>({ notes: true, rating: false });
  return (
    <div className={classes.printRoot}>
      <div className={classes.noPrint}>
        <PageHeader
          title="Story cards"
          eyebrow={
            <Breadcrumbs separator="›" separatorMargin={6} aria-label="Breadcrumb">
              <Anchor component={Link} to="/stories" size="sm">
                Stories
              </Anchor>
              <Text size="sm" c="dimmed" aria-current="page">
                Story cards
              </Text>
            </Breadcrumbs>
          }
          description="One card per story, to rehearse from paper. Printing leaves out the app around them and keeps each card on one page."
          actions={
            <>
              <Button onClick={() => window.print()} leftSection={<Icon name="download" size={18} />}>
                Print
              </Button>
              <Button component={Link} to="/stories" variant="default">
                Back to stories
              </Button>
            </>
          }
        />
        <Paper withBorder p="sm" radius="md" mb="lg">
          <Group gap="lg">
            <Checkbox
              label="Include deep-dive notes"
              checked={options.notes}
              onChange={(event) => setOptions((o) => ({ ...o, notes: event.currentTarget.checked }))}
            />
            <Checkbox
              label="Include the coach’s rating"
              checked={options.rating}
              onChange={(event) => setOptions((o) => ({ ...o, rating: event.currentTarget.checked }))}
            />
          </Group>
        </Paper>
      </div>
      <QueryState query={stories} loadingLabel="Loading your stories…">
        {(data) =>
          data.stories.length === 0 ? (
            <Stack gap="sm" align="flex-start">
              <Text>There are no stories to print yet.</Text>
              <Button component={Link} to="/stories/new">
                Write a story
              </Button>
            </Stack>
          ) : (
            <div className={classes.printGrid}>
              {data.stories.map((story) => (
                <StoryCard key={story.id} story={story} options={options} />
              ))}
            </div>
          )
        }
      </QueryState>
    </div>
  );
}
