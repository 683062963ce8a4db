import { Migration } from '@mikro-orm/migrations';

/**
 * `hand_over(...)`: changes which tenant handles a case (escalation up, dispatch down). The new
 * handler may lie outside the caller's scope (going up), so it runs as the owner (SECURITY
 * DEFINER) with its own checks, and allows exactly two moves:
 * - UP: to an ancestor of the current handler, by a caller whose scope covers the handler;
 * - DOWN: to a tenant strictly inside the caller's scope, by a caller whose scope covers the handler.
 * Every row of the case (members, assistants, timeline, assistance) follows, so the new handler
 * sees it all and the previous one (unless it owns the case or is above) no longer does.
 */
export class Migration20261128062306_hand_over extends Migration {
  override name = 'Migration20261128062306_hand_over';

  override up(): void {
    this.addSql(`create or replace function cases.hand_over(
  p_case uuid, p_version int, p_to_id uuid, p_to_path text, p_to_name text, p_direction text
) returns void
language plpgsql security definer set search_path = cases, pg_temp as $$
declare
  v_scope text := nullif(current_setting('app.scope_path', true), '');
  c cases."case"%rowtype;
  v_in_scope boolean;
begin
  if v_scope is null then
    raise exception 'no tenant scope' using errcode = '42501';
  end if;
  perform set_config('app.scope_path', '/', true);
  select * into c from cases."case" where id = p_case for update;
  if not found or not (c.handling_tenant_path >= v_scope and c.handling_tenant_path < left(v_scope, -1) || '0') then
    raise exception 'hand-over not allowed: case not handled in the caller''s scope' using errcode = '42501';
  end if;
  if c.version <> p_version then
    raise exception 'case changed' using errcode = 'P0001';
  end if;
  v_in_scope := p_to_path > v_scope and p_to_path < left(v_scope, -1) || '0';
  if p_to_path = c.handling_tenant_path
     or (p_direction = 'UP' and not starts_with(c.handling_tenant_path, p_to_path))
     or (p_direction = 'DOWN' and not v_in_scope)
     or p_direction not in ('UP', 'DOWN')
     or right(p_to_path, length(p_to_id::text) + 2) <> '/' || p_to_id::text || '/' then
    raise exception 'hand-over not allowed: % to %', p_direction, p_to_path using errcode = '42501';
  end if;
  update cases."case"
     set handling_tenant_id = p_to_id, handling_tenant_path = p_to_path, handling_tenant_name = p_to_name,
         status = 'RECEIVED', lead_officer_id = null, lead_officer_name = null,
         escalated_at = case when p_direction = 'UP' then now() else escalated_at end,
         dispatched_at = case when p_direction = 'DOWN' then now() else dispatched_at end,
         next_due_at = case when first_responded_at is null then response_due_at else resolution_due_at end,
         version = version + 1, updated_at = now()
   where id = p_case;
  update cases.case_member set handling_tenant_path = p_to_path where case_id = p_case;
  update cases.case_assistant set handling_tenant_path = p_to_path where case_id = p_case;
  update cases.case_event set handling_tenant_path = p_to_path where case_id = p_case;
  update cases.assistance set handling_tenant_path = p_to_path where case_id = p_case;
  perform set_config('app.scope_path', v_scope, true);
end $$;`);
    this.addSql('revoke all on function cases.hand_over(uuid, int, uuid, text, text, text) from public;');
    this.addSql('grant execute on function cases.hand_over(uuid, int, uuid, text, text, text) to frontline_app;');
  }

  override down(): void {
    this.addSql('drop function if exists cases.hand_over(uuid, int, uuid, text, text, text);');
  }
}
