import { Migration } from '@mikro-orm/migrations';

/**
 * The two operations that must look across tenants, as database functions with their own checks,
 * so the application role never needs a wider scope:
 * - `active_member_tenant(hash)`: which union (id only) has an active member with this ID hash;
 * - `accept_transfer(...)`: the receiving union moves a member, with the whole history, into itself.
 * They run as the owner (SECURITY DEFINER); a forced policy still applies to a non-superuser owner,
 * so each widens `app.scope_path` for its own statements and restores it.
 */
export class Migration20261128040300_cross_tenant_functions extends Migration {
  override name = 'Migration20261128040300_cross_tenant_functions';

  override up(): void {
    this.addSql(`create or replace function members.active_member_tenant(p_hash text) returns uuid
language plpgsql security definer set search_path = members, pg_temp as $$
declare
  v_scope text := coalesce(current_setting('app.scope_path', true), '');
  v_tenant uuid;
begin
  perform set_config('app.scope_path', '/', true);
  select tenant_id into v_tenant from members.member
   where national_id_hash = p_hash and status = 'ACTIVE' limit 1;
  perform set_config('app.scope_path', v_scope, true);
  return v_tenant;
end $$;`);
    this.addSql(`create or replace function members.accept_transfer(
  p_transfer uuid, p_version int, p_org_unit uuid, p_union_name text, p_actor_name text, p_note text, p_on date
) returns void
language plpgsql security definer set search_path = members, pg_temp as $$
declare
  v_scope text := nullif(current_setting('app.scope_path', true), '');
  t members.transfer%rowtype;
  u members.org_unit%rowtype;
  m members.member%rowtype;
begin
  if v_scope is null then
    raise exception 'no tenant scope' using errcode = '42501';
  end if;
  perform set_config('app.scope_path', '/', true);
  select * into t from members.transfer where id = p_transfer for update;
  if not found or not (t.to_tenant_path >= v_scope and t.to_tenant_path < left(v_scope, -1) || '0') then
    raise exception 'transfer not in the caller''s scope' using errcode = '42501';
  end if;
  if t.status <> 'PENDING' or t.version <> p_version then
    raise exception 'transfer changed' using errcode = 'P0001';
  end if;
  select * into u from members.org_unit where id = p_org_unit and tenant_id = t.to_tenant_id and status = 'ACTIVE';
  if not found then
    raise exception 'org unit is not an active unit of the receiving union' using errcode = '42501';
  end if;
  select * into m from members.member where id = t.member_id and tenant_id = t.tenant_id for update;
  if not found or m.status <> 'ACTIVE' then
    raise exception 'transfer changed' using errcode = 'P0001';
  end if;
  update members.membership_period set ended_on = p_on where member_id = m.id and ended_on is null;
  update members.membership_period set tenant_id = t.to_tenant_id, tenant_path = t.to_tenant_path where member_id = m.id;
  -- The employee number belonged to the old employer; the receiving union records the new one.
  update members.member
     set tenant_id = t.to_tenant_id, tenant_path = t.to_tenant_path, org_unit_id = u.id, unit_path = u.unit_path,
         employee_no = null, version = version + 1, updated_at = now()
   where id = m.id;
  insert into members.membership_period
    (id, tenant_id, tenant_path, member_id, union_id, union_name, org_unit_id, org_unit_name, status, started_on, ended_on, reason, note, created_at)
  values
    (gen_random_uuid(), t.to_tenant_id, t.to_tenant_path, m.id, t.to_tenant_id, p_union_name, u.id, u.name, 'ACTIVE', p_on, null, 'TRANSFERRED_IN', p_note, now());
  update members.transfer
     set status = 'ACCEPTED', decided_at = now(), decided_by_name = p_actor_name, decision_note = p_note, version = version + 1
   where id = t.id;
  perform set_config('app.scope_path', v_scope, true);
end $$;`);
    for (const fn of ['active_member_tenant(text)', 'accept_transfer(uuid, int, uuid, text, text, text, date)']) {
      this.addSql(`revoke all on function members.${fn} from public;`);
      this.addSql(`grant execute on function members.${fn} to frontline_app;`);
    }
  }

  override down(): void {
    this.addSql('drop function if exists members.accept_transfer(uuid, int, uuid, text, text, text, date);');
    this.addSql('drop function if exists members.active_member_tenant(text);');
  }
}
