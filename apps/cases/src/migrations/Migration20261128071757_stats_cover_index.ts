import { Migration } from '@mikro-orm/migrations';

export class Migration20261128071757_stats_cover_index extends Migration {

  override name = 'Migration20261128071757_stats_cover_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "case_tenant_path_received_at_cover_idx" on "cases"."case" ("tenant_path", "received_at") include ("kind", "status", "source", "satisfaction", "first_responded_at", "resolved_at", "next_due_at", "handling_tenant_path");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "cases"."case_tenant_path_received_at_cover_idx";`);
  }

}
