import { Migration } from '@mikro-orm/migrations';

/**
 * A big import makes a union's member rows grow faster than statistics follow (and before
 * autovacuum gets to them); without them the planner takes `tenant_id = ?` for selective and scans
 * the whole union on every batch lookup. `refresh_member_stats()` lets the import have the owner
 * ANALYZE the member tables now and then (it reads no rows for the caller and returns nothing).
 */
export class Migration20261128055500_import_stats extends Migration {
  override name = 'Migration20261128055500_import_stats';

  override up(): void {
    this.addSql(`create or replace function members.refresh_member_stats() returns void
language plpgsql security definer set search_path = members, pg_temp as $$
begin
  analyze members.member;
  analyze members.membership_period;
end $$;`);
    this.addSql('revoke all on function members.refresh_member_stats() from public;');
    this.addSql('grant execute on function members.refresh_member_stats() to frontline_app;');
  }

  override down(): void {
    this.addSql('drop function if exists members.refresh_member_stats();');
  }
}
