import { expect, test } from '@playwright/test';
import { createMember } from '../src/api';
import { randomNationalId, withWrongCheck } from '../src/nationalId';
import { rosterXlsx } from '../src/roster';
import { demoLogin } from '../src/stack';
import { adminPage, fieldError, pickUnit, signIn, signOut } from '../src/ui';

const MINING = '临江矿业集团有限公司工会';
const TEXTILE = '临江纺织股份有限公司工会';

const unique = () => String(Date.now()).slice(-6);

// Whole flows across several pages and two sign-ins (and background import jobs): triple the timeout.
test.beforeEach(() => test.slow());

test('a union admin creates a member, after a field error for a bad ID number, and finds it in the list', async ({
  page,
}) => {
  const admin = demoLogin(
    'the mining union admin',
    (l) => l.role === 'UNION_ADMIN' && l.tenantName === MINING,
  );
  const name = `测试会员${unique()}`;
  const nationalId = randomNationalId(true);

  await signIn(page, admin);
  await page.getByTestId('nav-members').click();
  await page.getByTestId('new-member').click();

  const form = page.getByTestId('create-member-form');
  await form.getByTestId('member-name').fill(name);
  // Well-formed but with a wrong check character: only the server (GB 11643) can tell.
  await form.getByTestId('member-nationalId').fill(withWrongCheck(nationalId));
  await pickUnit(page, form.getByTestId('member-orgUnit'), '甲班');
  await form.getByTestId('member-employeeNo').fill(`E2E${unique()}`);
  await page.getByTestId('create-member-submit').click();
  await expect(fieldError(page, 'nationalId')).toContainText('身份证号码无效');
  await expect(page).toHaveURL(/\/members\/new$/);
  await page.screenshot({ path: test.info().outputPath('bad-national-id.png'), fullPage: true });

  await form.getByTestId('member-nationalId').fill(nationalId);
  await page.getByTestId('create-member-submit').click();
  await expect(page.getByTestId('member-detail-name')).toHaveText(name);
  // The ID number says the gender; the summary shows it masked.
  await expect(page.getByTestId('member-summary')).toContainText('女');
  await expect(page.getByTestId('member-summary')).toContainText(nationalId.slice(-4));
  await expect(page.getByTestId('member-summary')).not.toContainText(nationalId);

  await page.getByTestId('nav-members').click();
  await page.getByTestId('member-filter-search').locator('input').fill(name);
  await page.getByTestId('member-filter-search').locator('input').press('Enter');
  const table = page.getByTestId('member-table');
  await expect(table.getByRole('link', { name })).toBeVisible();
  await expect(page.getByTestId('members-pager-total')).toHaveText('共 1 条');
  await expect(table).toContainText(`${nationalId.slice(0, 4)}**********${nationalId.slice(-4)}`);
  await page.screenshot({ path: test.info().outputPath('found-in-list.png'), fullPage: true });
});

test('a member is transferred from the mining union and accepted into a team by the textile union', async ({
  page,
  request,
}) => {
  const mining = demoLogin(
    'the mining union admin',
    (l) => l.role === 'UNION_ADMIN' && l.tenantName === MINING,
  );
  const textile = demoLogin(
    'the textile union admin',
    (l) => l.role === 'UNION_ADMIN' && l.tenantName === TEXTILE,
  );
  const member = await createMember(request, mining, {
    name: `接转会员${unique()}`,
    nationalId: randomNationalId(),
    joinedOn: '2015-03-01',
  });

  // The sending union starts the transfer from the member's page.
  await signIn(page, mining);
  await page.goto(adminPage(`members/${member.id}`));
  await expect(page.getByTestId('member-detail-name')).toHaveText(member.name);
  await page.getByTestId('member-transfer').click();
  const startModal = page.getByTestId('start-transfer-modal');
  await startModal.getByTestId('transfer-union').click();
  await page.keyboard.type('纺织');
  await page.locator('.union-picker-popup').getByTitle(TEXTILE, { exact: true }).click();
  await startModal.getByTestId('transfer-reason').fill('调入纺织公司工作');
  await page.getByTestId('start-transfer-modal-ok').click();
  await expect(startModal).toBeHidden();

  await page.getByTestId('nav-transfers').click();
  await page.getByTestId('transfers-tab-outbox').click();
  const outgoing = page.getByTestId('outbox-pending').getByRole('row', { name: new RegExp(member.name) });
  await expect(outgoing).toContainText(TEXTILE);
  await expect(outgoing).toContainText('待接收');
  await signOut(page);

  // The receiving union accepts it into one of its teams.
  await signIn(page, textile);
  await page.getByTestId('nav-transfers').click();
  const incoming = page.getByTestId('inbox-pending').getByRole('row', { name: new RegExp(member.name) });
  await expect(incoming).toContainText(MINING);
  await incoming.getByTestId('transfer-accept').click();
  const acceptModal = page.getByTestId('accept-transfer-modal');
  await pickUnit(page, acceptModal.getByTestId('accept-transfer-unit'), '甲班');
  await page.getByTestId('accept-transfer-modal-ok').click();
  await expect(acceptModal).toBeHidden();

  const accepted = page.getByTestId('inbox-decided').getByRole('row', { name: new RegExp(member.name) });
  await expect(accepted).toContainText('已接收');
  await accepted.getByRole('link', { name: member.name }).click();

  // The member keeps the whole history: a period in each union.
  const timeline = page.getByTestId('member-timeline');
  await expect(timeline.getByTestId('period-union')).toHaveText([MINING, TEXTILE]);
  await expect(timeline).toContainText('接转转入');
  await expect(page.getByTestId('member-detail-orgUnit')).toContainText('甲班');
  await page.screenshot({ path: test.info().outputPath('timeline-both-unions.png'), fullPage: true });
});

test('a union admin imports a roster: dry-run errors, a corrected file, then the members in the list', async ({
  page,
}) => {
  const admin = demoLogin(
    'the mining union admin',
    (l) => l.role === 'UNION_ADMIN' && l.tenantName === MINING,
  );
  const batch = `导入${unique()}`;
  const ids = [randomNationalId(true), randomNationalId(), randomNationalId(true)];
  const row = (n: number, id: string, team: string) => [
    `${batch}${'甲乙丙'[n]}`,
    id,
    null,
    `IMP${batch.slice(2)}${n}`,
    team,
    '2021-05-01',
  ];
  const withErrors = await rosterXlsx([
    row(0, ids[0], '综采一队/甲班'),
    row(1, withWrongCheck(ids[1]), '综采一队/甲班'),
    // Every workshop has a 甲班: the bare name is ambiguous.
    row(2, ids[2], '甲班'),
  ]);
  const fixed = await rosterXlsx([
    row(0, ids[0], '综采一队/甲班'),
    row(1, ids[1], '综采一队/甲班'),
    row(2, ids[2], '综采一队/乙班'),
  ]);
  const upload = (buffer: Buffer) =>
    page.locator('input[type=file]').setInputFiles({
      name: '花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });

  await signIn(page, admin);
  await page.getByTestId('nav-members').click();
  await page.getByTestId('import-members').click();
  await upload(withErrors);

  // The suggested mapping recognised every header.
  const mapping = page.getByTestId('import-mapping-table');
  await expect(mapping).toContainText('身份证号');
  await expect(page.getByTestId('import-map-0')).toContainText('姓名');
  await expect(page.getByTestId('import-map-4')).toContainText('班组');
  await page.getByTestId('import-dry-run').click();

  const dryRun = page.locator('[data-testid=import-dry-run-report][data-status=SUCCEEDED]');
  await expect(dryRun).toBeVisible();
  const errors = page.getByTestId('import-errors');
  await expect(errors.getByRole('row')).toHaveCount(3); // header + two rows
  await expect(errors.getByRole('row', { name: /身份证号码无效/ })).toContainText('4');
  await expect(errors.getByRole('row', { name: /有多个名为「甲班」的班组/ })).toContainText('5');
  await expect(page.getByTestId('import-download')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('dry-run-errors.png'), fullPage: true });

  await page.getByTestId('import-restart').click();
  await upload(fixed);
  await page.getByTestId('import-dry-run').click();
  await expect(page.locator('[data-testid=import-dry-run-report][data-status=SUCCEEDED]')).toBeVisible();
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByTestId('import-run')).toContainText('3');
  await page.getByTestId('import-run').click();

  await expect(page.locator('[data-testid=import-run-report][data-status=SUCCEEDED]')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toContainText('3');
  await page.screenshot({ path: test.info().outputPath('imported.png'), fullPage: true });
  await page.getByTestId('import-to-members').click();

  await page.getByTestId('member-filter-search').locator('input').fill(batch);
  await page.getByTestId('member-filter-search').locator('input').press('Enter');
  await expect(page.getByTestId('members-pager-total')).toHaveText('共 3 条');
  const table = page.getByTestId('member-table');
  for (const n of [0, 1, 2])
    await expect(table.getByRole('link', { name: `${batch}${'甲乙丙'[n]}` })).toBeVisible();
  await expect(table).toContainText('综采一队 / 乙班');
});
