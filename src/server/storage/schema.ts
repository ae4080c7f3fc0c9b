/**
 * The Drizzle schema: one PostgreSQL dialect for PGlite and for a PostgreSQL server.
 * Change it, then run `npm run db:generate` to add a migration; never edit a shipped one.
 */
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** One row per user setting (interview date, role, theme…); values are validated in code. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Questions the user added (e.g. one they were asked in a screen), in the pack's question shape. */
export const userQuestions = pgTable("user_questions", {
  id: text("id").primaryKey(),
  question: jsonb("question").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Ticks on the preparation checklist of the Guide page. */
export const checklistTicks = pgTable("checklist_ticks", {
  itemId: text("item_id").primaryKey(),
  tickedAt: timestamp("ticked_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** The story bank: one row per story, its content as the user wrote it. */
export const stories = pgTable("stories", {
  id: text("id").primaryKey(),
  content: jsonb("content").notNull(),
  archived: boolean("archived").notNull().default(false),
  version: integer("version").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Every save of a story, for the history view and "restore this version". */
export const storyVersions = pgTable(
  "story_versions",
  {
    storyId: text("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    archived: boolean("archived").notNull(),
    content: jsonb("content").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.storyId, table.version] })],
);

/** A practice attempt: the question, the whole follow-up thread with the coach's output. */
export const attempts = pgTable(
  "attempts",
  {
    id: text("id").primaryKey(),
    questionId: text("question_id").notNull(),
    storyId: text("story_id"),
    vote: integer("vote").notNull(),
    score: integer("score").notNull(),
    /** The whole attempt as validated by core (turns, coach results, timings, self-rating). */
    attempt: jsonb("attempt").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    index("attempts_question_idx").on(table.questionId),
    index("attempts_submitted_idx").on(table.submittedAt),
  ],
);

/** Unsent typing, so closing the page loses nothing. One row per draft key (e.g. a question). */
export const drafts = pgTable("drafts", {
  key: text("key").primaryKey(),
  text: text("text").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Mock loops: the generated plan and the running state, so a loop can be paused and resumed. */
export const loops = pgTable("loops", {
  id: text("id").primaryKey(),
  plan: jsonb("plan").notNull(),
  state: jsonb("state").notNull(),
  status: text("status").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** The preparation plan (one per user), with the completions and practice events applied to it. */
export const plans = pgTable("plans", {
  id: text("id").primaryKey(),
  plan: jsonb("plan").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Spaced reviews done from the review queue (practice attempts grade their cards on their own). */
export const reviews = pgTable("reviews", {
  id: text("id").primaryKey(),
  cardId: text("card_id").notNull(),
  vote: integer("vote").notNull(),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "date" }).notNull(),
});
