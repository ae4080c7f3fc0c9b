/** The story bank and its version history. */
import { and, asc, eq } from "drizzle-orm";
import { storyContent } from "../../../core/stories/story-record.js";
import { type Story, type StoryVersion, storySchema, storyVersionSchema } from "../../../core/stories/story-schema.js";
import type { Db } from "../database.js";
import { stories, storyVersions } from "../schema.js";

function fromRow(row: typeof stories.$inferSelect): Story {
  return storySchema.parse({
    id: row.id,
    ...(row.content as object),
    archived: row.archived,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
}

function versionFromRow(row: typeof storyVersions.$inferSelect): StoryVersion {
  return storyVersionSchema.parse({
    storyId: row.storyId,
    version: row.version,
    savedAt: row.savedAt.toISOString(),
    archived: row.archived,
    content: row.content,
  });
}

export async function listStories(db: Db, options: { includeArchived?: boolean } = {}): Promise<Story[]> {
  const rows = await db
    .select()
    .from(stories)
    .where(options.includeArchived ? undefined : eq(stories.archived, false))
    .orderBy(asc(stories.createdAt), asc(stories.id));
  return rows.map(fromRow);
}

export async function getStory(db: Db, id: string): Promise<Story | undefined> {
  const [row] = await db.select().from(stories).where(eq(stories.id, id));
  return row ? fromRow(row) : undefined;
}

function versionRow(version: StoryVersion) {
  return {
    storyId: version.storyId,
    version: version.version,
    archived: version.archived,
    content: version.content,
    savedAt: new Date(version.savedAt),
  };
}

function storyRow(story: Story) {
  return {
    id: story.id,
    content: storyContent(story),
    archived: story.archived,
    version: story.version,
    createdAt: new Date(story.createdAt),
    updatedAt: new Date(story.updatedAt),
  };
}

/** Inserts new stories with their first versions, all or nothing. */
export async function insertStories(db: Db, saved: { story: Story; version: StoryVersion }[]): Promise<void> {
  if (saved.length === 0) return;
  await db.transaction(async (tx) => {
    for (let i = 0; i < saved.length; i += 200) {
      const chunk = saved.slice(i, i + 200);
      await tx.insert(stories).values(chunk.map((s) => storyRow(s.story)));
      await tx.insert(storyVersions).values(chunk.map((s) => versionRow(s.version)));
    }
  });
}

/**
 * Writes a new version of a story if nobody saved it since `previousVersion` was read.
 * Returns false on such a conflict (the caller reports it), writing nothing.
 */
export async function saveStoryVersion(
  db: Db,
  previousVersion: number,
  story: Story,
  version: StoryVersion,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(stories)
      .set({
        content: storyContent(story),
        archived: story.archived,
        version: story.version,
        updatedAt: new Date(story.updatedAt),
      })
      .where(and(eq(stories.id, story.id), eq(stories.version, previousVersion)))
      .returning({ id: stories.id });
    if (updated.length === 0) return false;
    await tx.insert(storyVersions).values(versionRow(version));
    return true;
  });
}

export async function deleteStory(db: Db, id: string): Promise<boolean> {
  const deleted = await db.delete(stories).where(eq(stories.id, id)).returning({ id: stories.id });
  return deleted.length > 0;
}

export async function listStoryVersions(db: Db, storyId?: string): Promise<StoryVersion[]> {
  const rows = await db
    .select()
    .from(storyVersions)
    .where(storyId ? eq(storyVersions.storyId, storyId) : undefined)
    .orderBy(asc(storyVersions.storyId), asc(storyVersions.version));
  return rows.map(versionFromRow);
}
