/**
 * Every route of the app. Pages are lazy chunks so the first load carries only the shell;
 * the guide's sections are child routes so each tab has its own address (/guide/checklist).
 */
import { type ComponentType, lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { AppLayout } from "./app-shell.js";
import { RouteErrorPage } from "./route-error-page.js";

/** React.lazy for a named export, so pages keep named exports like every other module. */
function lazyPage<M extends Record<string, unknown>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const DashboardPage = lazyPage(() => import("../pages/dashboard-page.js"), "DashboardPage");
const GuideLayout = lazyPage(() => import("../pages/guide/guide-layout.js"), "GuideLayout");
const ProcessSection = lazyPage(() => import("../pages/guide/process-section.js"), "ProcessSection");
const PrinciplesSection = lazyPage(() => import("../pages/guide/principles-section.js"), "PrinciplesSection");
const TopicsSection = lazyPage(() => import("../pages/guide/topics-section.js"), "TopicsSection");
const ChecklistSection = lazyPage(() => import("../pages/guide/checklist-section.js"), "ChecklistSection");
const MistakesSection = lazyPage(() => import("../pages/guide/mistakes-section.js"), "MistakesSection");
const PrinciplePage = lazyPage(() => import("../pages/guide/principle-page.js"), "PrinciplePage");
const QuestionsPage = lazyPage(() => import("../pages/questions/questions-page.js"), "QuestionsPage");
const QuestionDetailPage = lazyPage(() => import("../pages/questions/question-detail-page.js"), "QuestionDetailPage");
const StoriesPage = lazyPage(() => import("../pages/stories-page.js"), "StoriesPage");
const PracticePage = lazyPage(() => import("../pages/practice-page.js"), "PracticePage");
const PracticeDrill = lazyPage(() => import("../pages/practice/drill-page.js"), "DrillPage");
const PracticeHistory = lazyPage(() => import("../pages/practice/history-page.js"), "HistoryPage");
const PracticeCompare = lazyPage(() => import("../pages/practice/compare-page.js"), "ComparePage");
const PracticeAttempt = lazyPage(() => import("../pages/practice/attempt-page.js"), "AttemptPage");
const LoopPage = lazyPage(() => import("../pages/loop-page.js"), "LoopPage");
const LoopSessionPage = lazyPage(() => import("../pages/loop/loop-session-page.js"), "LoopSessionPage");
const LoopDebriefPage = lazyPage(() => import("../pages/loop/debrief-page.js"), "DebriefPage");
const PlanPage = lazyPage(() => import("../pages/plan-page.js"), "PlanPage");
const SettingsPage = lazyPage(() => import("../pages/settings-page.js"), "SettingsPage");
const NotFoundPage = lazyPage(() => import("../pages/not-found-page.js"), "NotFoundPage");

export const router = createBrowserRouter([
  {
    path: "/",
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <DashboardPage /> },
      {
        path: "guide",
        element: <GuideLayout />,
        children: [
          { index: true, element: <Navigate to="process" replace /> },
          { path: "process", element: <ProcessSection /> },
          { path: "principles", element: <PrinciplesSection /> },
          { path: "topics", element: <TopicsSection /> },
          { path: "checklist", element: <ChecklistSection /> },
          { path: "mistakes", element: <MistakesSection /> },
        ],
      },
      { path: "guide/principles/:id", element: <PrinciplePage /> },
      { path: "questions", element: <QuestionsPage /> },
      { path: "questions/:id", element: <QuestionDetailPage /> },
      { path: "stories/*", element: <StoriesPage /> },
      {
        path: "practice",
        element: <PracticePage />,
        children: [
          { index: true, element: <PracticeDrill /> },
          { path: "history", element: <PracticeHistory /> },
          { path: "compare", element: <PracticeCompare /> },
          { path: "attempts/:id", element: <PracticeAttempt /> },
        ],
      },
      { path: "loop", element: <LoopPage /> },
      { path: "loop/:id", element: <LoopSessionPage /> },
      { path: "loop/:id/debrief", element: <LoopDebriefPage /> },
      { path: "plan", element: <PlanPage /> },
      { path: "settings", element: <SettingsPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
