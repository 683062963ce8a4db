import { expect, type Locator, type Page } from '@playwright/test';

/** Picks an option of an antd Select: opens it, types to filter, clicks the option with that title. */
export async function pickOption(
  page: Page,
  select: Locator,
  popupClass: string,
  title: string,
  typed = title,
) {
  await select.click();
  await page.keyboard.type(typed);
  await page.locator(`.${popupClass}:visible`).getByTitle(title, { exact: true }).first().click();
}

/** Takes one step of a case from its page: the action button, the form (if any), OK; waits for the form to close. */
export async function caseStep(page: Page, action: string, fill?: (modal: Locator) => Promise<void>) {
  await page.getByTestId(`case-action-${action}`).click();
  const modal = page.getByTestId(`case-step-${action}`);
  await expect(modal).toBeVisible();
  if (fill) await fill(modal);
  await page.getByTestId(`case-step-${action}-ok`).click();
  await expect(modal).toBeHidden();
}

/** A figure of the case dashboard (its raw value, from `data-value`), once loaded. */
export async function dashboardFigure(page: Page, kpi: string): Promise<number> {
  const card = page.getByTestId(`kpi-${kpi}`);
  await expect(card).toBeVisible();
  return Number(await card.getAttribute('data-value'));
}

/** The event types of a case's timeline, oldest first. */
export async function timelineTypes(page: Page): Promise<string[]> {
  return page
    .getByTestId('case-timeline')
    .getByTestId('case-event')
    .evaluateAll((events) => events.map((e) => e.getAttribute('data-type') ?? ''));
}

/** Whether `wanted` appears in `seen` in this order (other entries may come between). */
export function inOrder(seen: string[], wanted: string[]): boolean {
  let i = 0;
  for (const s of seen) if (s === wanted[i]) i++;
  return i === wanted.length;
}
