import { expect, test } from '@playwright/test';
import { createActivity, pickTeam, quietTeam } from '../src/activities';
import { caseStep, pickOption } from '../src/cases';
import { demoLogin } from '../src/stack';
import { adminPage, signIn } from '../src/ui';

const MINING = '临江矿业集团有限公司工会';
const TEXTILE = '临江纺织股份有限公司工会';
const PHONE = { width: 390, height: 844 };

const unique = () => String(Date.now()).slice(-6);

// Several pages and API round trips per test: triple the timeout.
test.beforeEach(() => test.slow());

test('an officer records a visit on a phone, turns what was heard into a case, and sees its status follow', async ({
  page,
  request,
}) => {
  const officer = demoLogin(
    'the mining union officer',
    (l) => l.role === 'UNION_OFFICER' && l.tenantName === MINING,
  );
  const team = await quietTeam(request, officer);
  const grievance = `夜班食堂只有冷饭${unique()}`;
  const suggestion = `希望班前会缩短到十分钟${unique()}`;

  await signIn(page, officer);
  await page.setViewportSize(PHONE);
  await page.goto(adminPage('activities/new-visit'));
  await expect(page.getByTestId('quick-visit-page')).toBeVisible();

  // 1: the team.
  await pickTeam(page, page.getByTestId('quick-teams'), team);
  await page.getByTestId('quick-next').click();
  // 2: everyone present.
  const all = page.getByTestId('quick-all');
  await expect(all).toBeVisible();
  await all.click();
  await expect(page.getByTestId('quick-member').first()).toBeChecked();
  await page.getByTestId('quick-next').click();
  // 3: two things heard, the first a grievance from a named member.
  const items = page.getByTestId('quick-heard-item');
  await pickOption(page, items.nth(0).getByTestId('quick-heard-kind'), 'heard-kind-popup', '诉求', '诉求');
  await items.nth(0).getByTestId('quick-heard-note').fill(grievance);
  await pickOption(
    page,
    items.nth(0).getByTestId('quick-heard-member'),
    'heard-member-popup',
    team.members[0].name,
  );
  await page.getByTestId('quick-heard-add').click();
  await pickOption(page, items.nth(1).getByTestId('quick-heard-kind'), 'heard-kind-popup', '建议', '建议');
  await items.nth(1).getByTestId('quick-heard-note').fill(suggestion);
  await page.getByTestId('quick-save').click();

  // The visit page: done, the team, everyone present, both items.
  await expect(page).toHaveURL(/\/activities\/[0-9a-f-]{36}$/);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByTestId('activity-status-tag')).toHaveAttribute('data-status', 'DONE');
  await expect(page.getByTestId('activity-teams-text')).toContainText(team.name);
  await expect(page.getByTestId('activity-attendee-count')).toHaveText(String(team.members.length));
  const heard = page.getByTestId('heard-item');
  await expect(heard).toHaveCount(2);

  // Turn the grievance into a case: its number and status appear on the visit.
  const first = heard.filter({ hasText: grievance });
  await first.getByTestId('heard-open-case').click();
  await expect(page.getByTestId('open-case')).toBeVisible();
  await page.getByTestId('open-case-ok').click();
  await expect(page.getByTestId('open-case')).toBeHidden();
  const caseNumber = first.getByTestId('heard-case-number');
  await expect(caseNumber).toHaveText(/\S+/);
  const number = (await caseNumber.textContent())?.trim() ?? '';
  await expect(first.getByTestId('heard-case-status')).toHaveAttribute('data-status', 'RECEIVED');
  // The other item stays open.
  await expect(heard.filter({ hasText: suggestion }).getByTestId('heard-open-case')).toBeVisible();
  const visitUrl = page.url();

  // Accept it on the case page; back on the visit, the new status shows.
  await first.getByTestId('heard-case').click();
  await expect(page.getByTestId('case-number')).toHaveText(number);
  await caseStep(page, 'ACCEPT');
  await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'ACCEPTED');
  await page.goto(visitUrl);
  const item = page.getByTestId('heard-item').filter({ hasText: grievance });
  await expect(item.getByTestId('heard-case-number')).toHaveText(number);
  await expect(item.getByTestId('heard-case-status')).toHaveAttribute('data-status', 'ACCEPTED');
});

test('coverage shows a team as visited recently once a visit is recorded', async ({ page, request }) => {
  const officer = demoLogin(
    'the textile union officer',
    (l) => l.role === 'UNION_OFFICER' && l.tenantName === TEXTILE,
  );
  const team = await quietTeam(request, officer, 0);

  await signIn(page, officer);
  await page.getByTestId('nav-coverage').click();
  const node = page.locator(`[data-testid="coverage-team"][data-team-id="${team.id}"]`);
  await expect(node).toBeVisible();
  await expect(node).toHaveAttribute('data-recency', team.lastVisitedAt ? /^(OLD|AMBER)$/ : 'NEVER');
  const notVisited = page.locator(`[data-testid="not-visited-team"][data-team-id="${team.id}"]`);
  await expect(notVisited).toBeVisible();
  const visitedBefore = Number(
    await page.getByTestId('coverage-visited').locator('.ant-statistic-content-value').textContent(),
  );

  await createActivity(request, officer, {
    kind: 'FRONTLINE_VISIT',
    title: `走访${team.name}${unique()}`,
    status: 'DONE',
    teams: [{ id: team.id, name: team.name }],
  });

  await page.reload();
  await expect(node).toHaveAttribute('data-recency', 'RECENT');
  await expect(notVisited).toHaveCount(0);
  await expect(page.getByTestId('coverage-visited').locator('.ant-statistic-content-value')).toHaveText(
    String(visitedBefore + 1),
  );
});

test('a member checks in to an event with the QR link on a phone, once', async ({
  page,
  request,
  browser,
}) => {
  const officer = demoLogin(
    'the mining union officer',
    (l) => l.role === 'UNION_OFFICER' && l.tenantName === MINING,
  );
  const team = await quietTeam(request, officer);
  const title = `安全生产培训${unique()}`;
  const event = await createActivity(request, officer, {
    kind: 'TRAINING',
    title,
    status: 'PLANNED',
    teams: [{ id: team.id, name: team.name }],
  });
  const member = team.members.find((m) => m.employeeNo);
  if (!member?.employeeNo) throw new Error('a member with an employee number');

  // The officer opens check-in: the roster is the team's members.
  await signIn(page, officer);
  await page.goto(adminPage(`activities/${event.id}`));
  await page.getByTestId('checkin-open').click();
  await expect(page.getByTestId('checkin-qr')).toBeVisible();
  await expect(page.getByTestId('checkin-state')).toHaveAttribute('data-open', 'true');
  const link = await page.getByTestId('checkin-url').getAttribute('href');
  expect(link).toMatch(/\/checkin\//);

  // The member, on a phone, not signed in.
  const phone = await browser.newContext({
    viewport: PHONE,
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  try {
    const mobile = await phone.newPage();
    await mobile.goto(link ?? '');
    await expect(mobile.getByTestId('checkin-activity-title')).toHaveText(title);
    await expect(mobile.getByTestId('login-submit')).toHaveCount(0);

    // A wrong name is refused without saying the right one.
    await mobile.getByTestId('checkin-employee-no').fill(member.employeeNo);
    await mobile.getByTestId('checkin-name').fill('不是这个人');
    await mobile.getByTestId('checkin-submit').click();
    await expect(mobile.getByTestId('checkin-error')).toHaveAttribute('data-outcome', 'NAME_MISMATCH');

    await mobile.getByTestId('checkin-name').fill(member.name);
    await mobile.getByTestId('checkin-submit').click();
    await expect(mobile.getByTestId('checkin-success')).toContainText(member.name);

    // A second try is a duplicate.
    await mobile.getByTestId('checkin-success').getByRole('button').click();
    await mobile.getByTestId('checkin-employee-no').fill(member.employeeNo);
    await mobile.getByTestId('checkin-name').fill(member.name);
    await mobile.getByTestId('checkin-submit').click();
    await expect(mobile.getByTestId('checkin-error')).toHaveAttribute('data-outcome', 'DUPLICATE');
  } finally {
    await phone.close();
  }

  // The officer sees the member present, by check-in.
  await page.reload();
  await expect(page.getByTestId('activity-attendee-count')).toHaveText('1');
  await expect(page.getByTestId('attendee-table')).toContainText(member.name);
});
