import { expect, test } from '@playwright/test';
import { enterpriseUnionsOf } from '../src/api';
import { demoLogin, stackInfo } from '../src/stack';
import { signIn } from '../src/ui';

test('a city federation admin switches into an enterprise union and back', async ({ page, request }) => {
  const admin = demoLogin(
    'a city federation admin',
    (l) => l.role === 'FEDERATION_ADMIN' && l.tenantName.includes('市'),
  );
  const [union] = await enterpriseUnionsOf(request, admin);
  expect(union, 'the city federation has an enterprise union in its tree').toBeDefined();

  await signIn(page, admin);
  await expect(page.getByTestId('current-officer')).toContainText('联合会管理员');
  await expect(page.getByTestId('scope-tenant-name')).toHaveText(admin.tenantName);

  await page.getByTestId('tenant-switcher').click();
  // Typing filters the tree, so the union is rendered even in a long, virtualised list.
  await page.keyboard.type(union.name);
  await page.locator('.tenant-switcher-popup').getByTitle(union.name, { exact: true }).click();
  await expect(page.getByTestId('scope-tenant-name')).toHaveText(union.name);
  await expect(page.getByTestId('home-tenant-name')).toContainText(admin.tenantName);
  await page.screenshot({ path: test.info().outputPath('switched-to-union.png'), fullPage: true });

  await page.getByTestId('switch-home').click();
  await expect(page.getByTestId('scope-tenant-name')).toHaveText(admin.tenantName);
  await expect(page.getByTestId('switch-home')).toHaveCount(0);
});

test('a union officer has no tenant switcher', async ({ page }) => {
  const officer = demoLogin('a union officer', (l) => l.role === 'UNION_OFFICER');
  await signIn(page, officer);
  await expect(page.getByTestId('current-officer')).toContainText('工会干部');
  await expect(page.getByTestId('scope-tenant-name')).toHaveText(officer.tenantName);
  await expect(page.getByTestId('tenant-switcher')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('union-officer.png'), fullPage: true });
});

test('a wrong password shows the server error in the chosen language', async ({ page }) => {
  const officer = demoLogin('any officer', () => true);
  await page.goto(stackInfo().adminUrl);
  await page.getByTestId('login-email').fill(officer.email);
  await page.getByTestId('login-password').fill(`${officer.password}-wrong`);
  await page.getByTestId('login-submit').click();
  const zhMessage = await page.getByTestId('login-error').textContent();
  expect(zhMessage).toMatch(/[\u4e00-\u9fff]/);

  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).not.toHaveText(zhMessage ?? '');
  await expect(page.getByTestId('login-error')).toHaveText(/[A-Za-z]/);
});
