import { Migration } from '@mikro-orm/migrations';

export class Migration20261128072431_stats_cover_indexes extends Migration {

  override name = 'Migration20261128072431_stats_cover_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "activity_tenant_path_startsAt_idx" on "activities"."activity" ("tenant_path", "starts_at") include ("status", "kind", "headcount", "tenant_id", "id");`);

    this.addSql(`create index "activity_team_tenant_path_activityId_idx" on "activities"."activity_team" ("tenant_path", "activity_id") include ("tenant_id", "team_id");`);

    this.addSql(`create index "heard_item_tenant_path_activityId_idx" on "activities"."heard_item" ("tenant_path", "activity_id") include ("tenant_id", "kind", "case_id", "resolved_on_spot");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "activities"."activity_tenant_path_startsAt_idx";`);

    this.addSql(`drop index "activities"."activity_team_tenant_path_activityId_idx";`);

    this.addSql(`drop index "activities"."heard_item_tenant_path_activityId_idx";`);
  }

}
