import { expect, type Page, test } from '@playwright/test';
import { createMember } from '../src/api';
import { caseStep, dashboardFigure, inOrder, pickOption, timelineTypes } from '../src/cases';
import { randomNationalId } from '../src/nationalId';
import { demoLogin } from '../src/stack';
import { adminPage, signIn, signOut } from '../src/ui';

const MINING = '临江矿业集团有限公司工会';
const CITY = '临江市总工会';

const unique = () => String(Date.now()).slice(-6);

// A whole case across two unions and four sign-ins: triple the timeout.
test.beforeEach(() => test.slow());

async function openDashboard(page: Page) {
  await page.getByTestId('nav-case-dashboard').click();
  await expect(page.getByTestId('dashboard-kpis')).toBeVisible();
}

test('a union escalates a case to the federation, which resolves it; the union rates and closes it', async ({
  page,
  request,
}) => {
  const miningAdmin = demoLogin(
    'the mining union admin',
    (l) => l.role === 'UNION_ADMIN' && l.tenantName === MINING,
  );
  const miningOfficer = demoLogin(
    'the mining union officer',
    (l) => l.role === 'UNION_OFFICER' && l.tenantName === MINING,
  );
  const cityOfficer = demoLogin(
    'the city federation officer',
    (l) => l.role === 'FEDERATION_OFFICER' && l.tenantName === CITY,
  );
  // A member of the mining union to open the case for (set-up through the API).
  const member = await createMember(request, miningAdmin, {
    name: `诉求会员${unique()}`,
    nationalId: randomNationalId(),
    joinedOn: '2018-04-01',
  });
  const summary = `井下更衣室热水供应不足${unique()}`;

  // The federation's figures before.
  await signIn(page, cityOfficer);
  await openDashboard(page);
  const receivedBefore = await dashboardFigure(page, 'received');
  const ratedBefore = await dashboardFigure(page, 'rated');
  await signOut(page);

  // The union officer opens the case for the member, found by name.
  await signIn(page, miningOfficer);
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('new-case').click();
  const form = page.getByTestId('create-case-form');
  await pickOption(page, form.getByTestId('case-kind'), 'case-kind-popup', '维权', '维权');
  await form.getByTestId('case-summary-input').fill(summary);
  await form.getByTestId('case-details-input').fill('夜班下井后热水时有时无，已向车间反映两次未解决。');
  await pickOption(page, form.getByTestId('case-members-input'), 'member-picker-popup', member.name);
  await page.keyboard.press('Escape');
  await page.getByTestId('create-case-submit').click();

  await expect(page.getByTestId('case-summary')).toHaveText(summary);
  await expect(page.getByTestId('case-members')).toContainText(member.name);
  await expect(page.getByTestId('case-handler')).toHaveText(MINING);
  const caseUrl = page.url();
  const number = (await page.getByTestId('case-number').textContent()) ?? '';
  expect(number).toMatch(/^\d{4}-\d{6}$/);

  // It goes up to the federation, with the reason.
  await caseStep(page, 'ESCALATE', (modal) =>
    modal.getByTestId('case-step-note').fill('涉及集团多个矿区，需市总工会协调解决'),
  );
  await expect(page.getByTestId('case-handler')).toHaveText(CITY);
  await expect(page.getByTestId('case-owner')).toHaveText(MINING);
  // The owning union may now only comment: no handler's steps are offered.
  await expect(page.getByTestId('case-action-ACCEPT')).toHaveCount(0);
  await expect(page.getByTestId('case-action-COMMENT')).toBeVisible();

  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-tab-ESCALATED_FROM_HERE').click();
  await expect(page.getByTestId('case-table').getByRole('link', { name: number })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('escalated-from-union.png'), fullPage: true });
  await signOut(page);

  // The federation officer finds it under "escalated to us", accepts, starts and resolves it.
  await signIn(page, cityOfficer);
  await page.getByTestId('nav-cases').click();
  await expect(page.getByTestId('case-tab-HANDLED_HERE')).toHaveText('上报至本会');
  await page.getByTestId('case-filter-text').locator('input').fill(summary);
  await page.getByTestId('case-filter-text').locator('input').press('Enter');
  const row = page.getByTestId('case-table').getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText(MINING);
  await expect(row).toContainText(member.name);
  await page.screenshot({ path: test.info().outputPath('escalated-to-federation.png'), fullPage: true });
  await row.getByRole('link', { name: number }).click();

  await expect(page.getByTestId('case-summary')).toHaveText(summary);
  await caseStep(page, 'ACCEPT');
  await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'ACCEPTED');
  await caseStep(page, 'START');
  await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'IN_PROGRESS');
  await caseStep(page, 'RESOLVE', (modal) =>
    modal.getByTestId('case-step-note').fill('协调集团后勤更换热水机组，夜班热水已恢复正常'),
  );
  await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'RESOLVED');
  await expect(page.getByTestId('case-result')).toContainText('热水已恢复正常');
  await signOut(page);

  // The union calls the worker back (satisfied) and closes the case.
  await signIn(page, miningOfficer);
  await page.goto(caseUrl);
  await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'RESOLVED');
  await caseStep(page, 'RECORD_CALLBACK', async (modal) => {
    await modal.getByText('满意', { exact: true }).click();
    await modal.getByTestId('case-callback-comment').fill('热水正常了，谢谢工会');
  });
  await expect(page.getByTestId('case-satisfaction')).toHaveText('满意');
  await caseStep(page, 'CLOSE');
  await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'CLOSED');
  await expect(page.getByTestId('case-actions').getByTestId('case-action-CLOSE')).toHaveCount(0);

  // The timeline tells the whole chain.
  await expect
    .poll(
      async () =>
        inOrder(await timelineTypes(page), [
          'CREATED',
          'ESCALATED',
          'ACCEPTED',
          'STARTED',
          'RESOLVED',
          'CALLBACK',
          'CLOSED',
        ]),
      { message: 'timeline order' },
    )
    .toBe(true);
  const timeline = page.getByTestId('case-timeline');
  await expect(timeline).toContainText('涉及集团多个矿区');
  await expect(timeline).toContainText(CITY);
  await page.screenshot({ path: test.info().outputPath('closed-timeline.png'), fullPage: true });
  await signOut(page);

  // The federation's dashboard counts the new case and its rating.
  await signIn(page, cityOfficer);
  await openDashboard(page);
  await expect.poll(() => dashboardFigure(page, 'received')).toBe(receivedBefore + 1);
  await expect.poll(() => dashboardFigure(page, 'rated')).toBe(ratedBefore + 1);
  await expect(page.getByTestId('dashboard-children')).toContainText(MINING);
  await page.screenshot({ path: test.info().outputPath('federation-dashboard.png'), fullPage: true });
});

test('a case is opened from a member page, prefilled with that member', async ({ page, request }) => {
  const miningAdmin = demoLogin(
    'the mining union admin',
    (l) => l.role === 'UNION_ADMIN' && l.tenantName === MINING,
  );
  const member = await createMember(request, miningAdmin, {
    name: `帮扶会员${unique()}`,
    nationalId: randomNationalId(true),
    joinedOn: '2019-09-01',
  });
  await signIn(page, miningAdmin);
  await page.goto(adminPage(`members/${member.id}`));
  await page.getByTestId('member-new-case').click();
  const form = page.getByTestId('create-case-form');
  await expect(form.getByTestId('case-members-input')).toContainText(member.name);
  // Client checks first: kind and summary are required.
  await page.getByTestId('create-case-submit').click();
  await expect(page.locator('#kind_help')).toContainText('请选择类型');
  await expect(page.locator('#summary_help')).toContainText('请填写摘要');

  await pickOption(page, form.getByTestId('case-kind'), 'case-kind-popup', '困难帮扶', '困难');
  await form.getByTestId('case-summary-input').fill('家属重病，申请困难帮扶');
  await form.getByTestId('case-details-input').fill('配偶住院治疗，自付费用约三万元。');
  await page.getByTestId('create-case-submit').click();
  await expect(page.getByTestId('case-members')).toContainText(member.name);

  // Hardship details are sealed: reading them asks for a purpose and goes on the timeline.
  await page.getByTestId('case-reveal').click();
  await page.getByTestId('case-reveal-purpose').fill('核实帮扶申请情况');
  await page.getByTestId('case-reveal-confirm').click();
  await expect(page.getByTestId('case-details-revealed')).toContainText('自付费用约三万元');
  await expect
    .poll(async () => inOrder(await timelineTypes(page), ['CREATED', 'DETAILS_REVEALED']), {
      message: 'timeline order',
    })
    .toBe(true);

  // Help is recorded in yuan and kept in fen.
  await caseStep(page, 'ACCEPT');
  await caseStep(page, 'ADD_ASSISTANCE', async (modal) => {
    await modal.getByRole('spinbutton', { name: '金额（元）' }).fill('1500.5');
    await modal.getByTestId('case-assistance-fund').fill('困难职工帮扶资金');
    await modal.getByTestId('case-assistance-approvedBy').fill('王德明');
  });
  await expect(page.getByTestId('case-assistance')).toContainText('¥1,500.50');
});
