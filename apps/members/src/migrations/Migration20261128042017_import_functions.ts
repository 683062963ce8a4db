import { Migration } from '@mikro-orm/migrations';

/**
 * The roster import asks, for a whole batch of ID hashes at once, which are active members of
 * another union: `active_member_tenants(hashes)` is the set form of `active_member_tenant(hash)`
 * (same owner-run widening of the scope, same answer: a hash and a union id, no personal data).
 * It needs a caller scope and takes at most 1000 hashes per call.
 */
export class Migration20261128042017_import_functions extends Migration {
  override name = 'Migration20261128042017_import_functions';

  override up(): void {
    this.addSql(`create or replace function members.active_member_tenants(p_hashes text[])
returns table (national_id_hash text, tenant_id uuid)
language plpgsql security definer set search_path = members, pg_temp as $$
declare
  v_scope text := coalesce(current_setting('app.scope_path', true), '');
begin
  if v_scope = '' then
    return;
  end if;
  if cardinality(p_hashes) > 1000 then
    raise exception 'at most 1000 hashes per call' using errcode = '22023';
  end if;
  perform set_config('app.scope_path', '/', true);
  return query
    select m.national_id_hash, m.tenant_id from members.member m
     where m.national_id_hash = any(p_hashes) and m.status = 'ACTIVE';
  perform set_config('app.scope_path', v_scope, true);
end $$;`);
    this.addSql('revoke all on function members.active_member_tenants(text[]) from public;');
    this.addSql('grant execute on function members.active_member_tenants(text[]) to frontline_app;');
  }

  override down(): void {
    this.addSql('drop function if exists members.active_member_tenants(text[]);');
  }
}
