import { expect, type Locator, type Page } from '@playwright/test';
import { type DemoLogin, stackInfo } from './stack';

/** A page of the admin by its path, e.g. `members/<id>`. */
export function adminPage(path: string): string {
  return new URL(path, stackInfo().adminUrl).toString();
}

export async function signIn(page: Page, officer: DemoLogin) {
  await page.goto(stackInfo().adminUrl);
  await page.getByTestId('login-email').fill(officer.email);
  await page.getByTestId('login-password').fill(officer.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-officer')).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-submit')).toBeVisible();
}

/**
 * Picks a unit in an org-unit TreeSelect (popup class `unit-select-popup`): typing filters the
 * tree by name; the first match is taken (team names such as 甲班 repeat across workshops).
 */
export async function pickUnit(page: Page, select: Locator, name: string) {
  await select.click();
  await page.keyboard.type(name);
  const popup = page.locator('.unit-select-popup:visible');
  await popup.getByTitle(name, { exact: true }).first().click();
}

/** The error shown under a form field (antd renders it as `<id>_help`). */
export function fieldError(page: Page, fieldId: string): Locator {
  return page.locator(`#${fieldId}_help`);
}
