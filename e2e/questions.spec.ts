/** The question bank: search, filters in the address, the hidden rubric, your own questions. */
import { expect, test } from "@playwright/test";
import { QuestionDetailPage } from "./pages/question-detail-page.js";
import { QuestionsPage } from "./pages/questions-page.js";

test("searching 'disagreed with my manager' puts a Have Backbone question first", async ({ page }) => {
  const bank = new QuestionsPage(page);
  await bank.goto();
  await bank.search("disagreed with my manager");
  await expect(bank.result(0).getByTestId("question-card-principles")).toContainText("Have Backbone");
  await expect(bank.result(0)).toContainText("disagreed with your manager");
});

test("filters by principle, keeps the filter in the address, and reveals a rubric only on request", async ({
  page,
}) => {
  const bank = new QuestionsPage(page);
  await bank.goto();
  await bank.filterByPrinciple("Dive Deep");
  await expect(page).toHaveURL(/[?&]principle=dive-deep/);
  await expect(page.getByRole("heading", { name: "Questions on Dive Deep" })).toBeVisible();
  const shown = await bank.results.count();
  expect(shown).toBeGreaterThan(0);
  for (let i = 0; i < shown; i++) {
    await expect(bank.result(i).getByTestId("question-card-principles")).toContainText("Dive Deep");
  }

  // The address alone restores the same view.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Principle" })).toHaveValue(/^Dive Deep/);

  const questionText = (await bank.result(0).getByRole("link").first().textContent()) ?? "";
  await bank.openResult(0);
  const detail = new QuestionDetailPage(page);
  await expect(detail.heading).toHaveText(questionText);
  await expect(detail.rubric).toHaveCount(0);
  await detail.revealRubric.click();
  await expect(detail.rubric).toBeVisible();
  await expect(detail.rubric.getByRole("heading", { name: "Key points to cover" })).toBeVisible();
  await expect(detail.rubric.getByRole("listitem").first()).not.toBeEmpty();
  await expect(detail.practiseLink).toHaveAttribute("href", /\/practice\?question=/);
});

test("adds your own question, shows server validation next to the fields, finds it by search and deletes it", async ({
  page,
}) => {
  const bank = new QuestionsPage(page);
  const form = bank.addForm;
  // A made-up word that no built-in question contains, so the search can only find ours.
  const marker = `zorblax${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 6)}`;
  const text = `Tell me about the ${marker} launch you rescued after the date slipped.`;

  await bank.goto();
  await bank.addButton.click();
  await expect(form.dialog).toBeVisible();

  // Submitted empty: the server's messages appear under the fields they concern.
  await form.submit.click();
  // (Assistive technology reads them too: each message is the field's accessible description.)
  await expect(form.questionText).toHaveAccessibleDescription(/must not be empty/);
  await expect(form.principles).toHaveAccessibleDescription(/pick at least one principle/);
  await expect(form.questionText).toHaveAttribute("aria-invalid", "true");

  await form.questionText.fill(text);
  await form.pickPrinciple("Ownership");
  await form.submit.click();

  const detail = new QuestionDetailPage(page);
  await expect(page).toHaveURL(/\/questions\/user-/);
  await expect(detail.heading).toHaveText(text);
  await expect(detail.yoursBadge).toBeVisible();

  await bank.goto();
  await bank.search(marker);
  await expect(bank.results).toHaveCount(1);
  await expect(bank.result(0)).toContainText(text);
  await expect(bank.result(0).getByText("Yours", { exact: true })).toBeVisible();

  // Only my questions: ours is there.
  await bank.onlyMine.click();
  await expect(page).toHaveURL(/custom=true/);
  await expect(bank.onlyMine).toBeChecked();
  await expect(bank.result(0)).toContainText(text);

  // Delete it again; the search then finds nothing.
  await bank.openResult(0);
  await page.getByRole("button", { name: "Delete" }).click();
  await page
    .getByRole("dialog", { name: "Delete this question?" })
    .getByRole("button", { name: "Delete question" })
    .click();
  await expect(page).toHaveURL(/\/questions\?custom=true/);
  await page.goto(`/questions?search=${marker}`);
  await expect(page.getByText(`No questions match “${marker}”`)).toBeVisible();
});
