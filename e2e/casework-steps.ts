// Small steps the case-work journey repeats: unfolding a folded form from the keyboard, scoping
// to one form by its name, and waiting for the server's answer.
import type { Locator, Page } from 'playwright-core';
import { brusselsDaysAgo } from '../src/cases/deadlines/working-days.js';

/** Opens a folded form (<summary>) with the keyboard, as a worker without a mouse would, and returns the form. */
export async function unfold(page: Page, summary: string, formName: string | RegExp = summary, within: Locator | Page = page): Promise<Locator> {
  const toggle = within.locator('summary').filter({ hasText: new RegExp(`^${escapeRegExp(summary)}`) }).first();
  // A form left open after an earlier save stays open: Enter would fold it again.
  if (!(await toggle.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open))) {
    await toggle.focus();
    await page.keyboard.press('Enter');
  }
  const form = within.getByRole('form', typeof formName === 'string' ? { name: formName, exact: true } : { name: formName });
  await form.waitFor();
  return form;
}

/** Resolves when a write to the API that matches `path` has been answered with a success. */
export async function saved(page: Page, path: RegExp): Promise<void> {
  const response = await page.waitForResponse((r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname));
  if (!response.ok()) throw new Error(`POST ${new URL(response.url()).pathname} answered ${response.status()}: ${await response.text()}`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * yyyy-mm-dd, `days` calendar days from today in Brussels, the calendar the server keeps dates
 * in. Counted on the calendar, not as days × 24 h: near midnight or across a daylight-saving
 * change, adding hours lands a day off.
 */
export function isoDay(days: number): string {
  return brusselsDaysAgo(-days);
}
