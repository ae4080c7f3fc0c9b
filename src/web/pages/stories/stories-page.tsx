/**
 * The Stories area. Its sections are routes of their own (/stories/matrix, /stories/new,
 * /stories/:id/history …), declared here as descendant routes of `stories/*` so the app's
 * router needs one line for the whole area.
 */
import { Route, Routes } from "react-router";
import { NotFoundPage } from "../not-found-page.js";
import { ImportExportSection } from "./import-export-section.js";
import { LoopPlanSection } from "./loop-plan-section.js";
import { MatrixSection } from "./matrix-section.js";
import { PrintCardsPage } from "./print-cards-page.js";
import { StoriesLayout } from "./stories-layout.js";
import { StoryBankSection } from "./story-bank-section.js";
import { StoryEditPage, StoryNewPage } from "./story-form-page.js";
import { StoryHistoryPage } from "./story-history-page.js";

export function StoriesPage() {
  return (
    <Routes>
      <Route element={<StoriesLayout />}>
        <Route index element={<StoryBankSection />} />
        <Route path="matrix" element={<MatrixSection />} />
        <Route path="loop-plan" element={<LoopPlanSection />} />
        <Route path="import" element={<ImportExportSection />} />
      </Route>
      <Route path="new" element={<StoryNewPage />} />
      <Route path="print" element={<PrintCardsPage />} />
      <Route path=":id" element={<StoryEditPage />} />
      <Route path=":id/history" element={<StoryHistoryPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
