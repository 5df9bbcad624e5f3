import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, axeProblems } from './helpers';

test('the library and the event overview have no serious accessibility problems, in both languages', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.event-card')).toHaveCount(1);
  expect(await axeProblems(page)).toEqual([]);

  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await expect(page.getByTestId('question-list').locator(':scope > li')).toHaveCount(6);
  expect(await axeProblems(page)).toEqual([]);

  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Guiding questions' })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
});

test('the moderator view and the stage display have no serious accessibility problems', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('link', { name: 'Moderación' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SAMPLE_TITLE);
  expect(await axeProblems(page)).toEqual([]);

  await page.goto(page.url().replace(/\/moderator$/, '/stage'));
  await expect(page.locator('body')).not.toBeEmpty();
  expect(await axeProblems(page)).toEqual([]);
});
