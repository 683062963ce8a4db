import { Migration } from '@mikro-orm/migrations';

export class Migration20261128035752_tenant_directory extends Migration {

  override name = 'Migration20261128035752_tenant_directory';

  override up(): void | Promise<void> {
    this.addSql(`create policy "tenant_directory_lookup" on "tenants"."tenant" for select using (nullif(current_setting('app.tenant_directory', true), '') = 'on');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy "tenant_directory_lookup" on "tenants"."tenant";`);
  }

}
