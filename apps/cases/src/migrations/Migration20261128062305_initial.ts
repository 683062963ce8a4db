import { Migration } from '@mikro-orm/migrations';

export class Migration20261128062305_initial extends Migration {

  override name = 'Migration20261128062305_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "cases";`);
    this.addSql(`create table "cases"."assistance" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "handling_tenant_path" text collate "C" not null, "case_id" uuid not null, "form" text not null, "amount_fen" int not null, "items" text null, "delivered_on" date not null, "fund" text not null, "approved_by_name" text not null, "delivered_by_tenant_name" text not null, "note" text null, "recorded_by_name" text not null, "recorded_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "assistance_tenant_path_idx" on "cases"."assistance" ("tenant_path");`);
    this.addSql(`create index "assistance_tenant_caseId_idx" on "cases"."assistance" ("tenant_id", "case_id");`);
    this.addSql(`create index "assistance_tenant_deliveredOn_idx" on "cases"."assistance" ("tenant_id", "delivered_on");`);
    this.addSql(`create index "assistance_handling_path_idx" on "cases"."assistance" ("handling_tenant_path");`);

    this.addSql(`create table "cases"."audit_event" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "actor_id" uuid not null, "actor_name" text not null, "action" text not null, "entity" text not null, "entity_id" uuid not null, "changes" jsonb null, "request_id" text null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "audit_event_tenant_path_idx" on "cases"."audit_event" ("tenant_path");`);
    this.addSql(`create index "audit_event_tenant_createdAt_idx" on "cases"."audit_event" ("tenant_id", "created_at");`);
    this.addSql(`create index "audit_event_tenant_entity_entityId_idx" on "cases"."audit_event" ("tenant_id", "entity", "entity_id");`);

    this.addSql(`create table "cases"."calendar_day" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "date" date not null, "working" boolean not null, "note" text null, "updated_by_name" text not null, "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "calendar_day_tenant_path_idx" on "cases"."calendar_day" ("tenant_path");`);
    this.addSql(`alter table "cases"."calendar_day" add constraint "calendar_day_tenant_date_unique" unique ("tenant_id", "date");`);

    this.addSql(`create table "cases"."case" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "tenant_name" text not null, "number" text not null, "kind" text not null, "status" text not null, "priority" text not null, "source" text not null, "source_activity_id" uuid null, "source_item_id" uuid null, "summary" text not null, "details" text null, "details_sealed" text null, "confidential" boolean not null default false, "org_unit_id" uuid null, "unit_path" text collate "C" null, "org_unit_name" text null, "member_names" text not null default '', "handling_tenant_id" uuid not null, "handling_tenant_path" text collate "C" not null, "handling_tenant_name" text not null, "lead_officer_id" uuid null, "lead_officer_name" text null, "received_at" timestamptz not null, "response_due_at" timestamptz not null, "resolution_due_at" timestamptz not null, "next_due_at" timestamptz not null, "first_responded_at" timestamptz null, "resolved_at" timestamptz null, "result" text null, "rejection_reason" text null, "satisfaction" text null, "callback_comment" text null, "callback_at" timestamptz null, "closed_at" timestamptz null, "escalated_at" timestamptz null, "dispatched_at" timestamptz null, "reopen_count" int not null default 0, "created_by_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_tenant_path_idx" on "cases"."case" ("tenant_path");`);
    this.addSql(`create index "case_tenant_receivedAt_id_idx" on "cases"."case" ("tenant_id", "received_at", "id");`);
    this.addSql(`create index "case_tenant_status_receivedAt_idx" on "cases"."case" ("tenant_id", "status", "received_at");`);
    this.addSql(`create index "case_tenant_nextDueAt_idx" on "cases"."case" ("tenant_id", "next_due_at");`);
    this.addSql(`create index "case_tenant_leadOfficerId_status_idx" on "cases"."case" ("tenant_id", "lead_officer_id", "status");`);
    this.addSql(`create index "case_tenant_unitPath_idx" on "cases"."case" ("tenant_id", "unit_path");`);
    this.addSql(`create index "case_handling_tenant_idx" on "cases"."case" ("handling_tenant_id", "status");`);
    this.addSql(`create index "case_handling_path_idx" on "cases"."case" ("handling_tenant_path");`);
    this.addSql(`alter table "cases"."case" add constraint "case_tenant_number_unique" unique ("tenant_id", "number");`);
    this.addSql(`create unique index "case_tenant_source_item_unique" on "cases"."case" ("tenant_id", "source_item_id") where "source_item_id" is not null;`);

    this.addSql(`create table "cases"."case_assistant" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "handling_tenant_path" text collate "C" not null, "case_id" uuid not null, "kind" text not null, "ref_id" uuid null, "name" text not null, "added_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "case_assistant_tenant_path_idx" on "cases"."case_assistant" ("tenant_path");`);
    this.addSql(`create index "case_assistant_tenant_caseId_idx" on "cases"."case_assistant" ("tenant_id", "case_id");`);
    this.addSql(`create index "case_assistant_handling_path_idx" on "cases"."case_assistant" ("handling_tenant_path");`);

    this.addSql(`create table "cases"."case_counter" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "year" int not null, "last" int not null, primary key ("id"));`);
    this.addSql(`create index "case_counter_tenant_path_idx" on "cases"."case_counter" ("tenant_path");`);
    this.addSql(`alter table "cases"."case_counter" add constraint "case_counter_tenant_year_unique" unique ("tenant_id", "year");`);

    this.addSql(`create table "cases"."case_event" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "handling_tenant_path" text collate "C" not null, "case_id" uuid not null, "type" text not null, "at" timestamptz not null default now(), "actor_name" text not null, "actor_tenant_name" text not null, "from_status" text null, "to_status" text null, "note" text null, "data" jsonb null, primary key ("id"));`);
    this.addSql(`create index "case_event_tenant_path_idx" on "cases"."case_event" ("tenant_path");`);
    this.addSql(`create index "case_event_tenant_caseId_at_idx" on "cases"."case_event" ("tenant_id", "case_id", "at");`);
    this.addSql(`create index "case_event_handling_path_idx" on "cases"."case_event" ("handling_tenant_path");`);

    this.addSql(`create table "cases"."case_member" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "handling_tenant_path" text collate "C" not null, "case_id" uuid not null, "member_id" uuid not null, "member_name" text not null, primary key ("id"));`);
    this.addSql(`create index "case_member_tenant_path_idx" on "cases"."case_member" ("tenant_path");`);
    this.addSql(`create index "case_member_tenant_memberId_idx" on "cases"."case_member" ("tenant_id", "member_id");`);
    this.addSql(`create index "case_member_handling_path_idx" on "cases"."case_member" ("handling_tenant_path");`);
    this.addSql(`alter table "cases"."case_member" add constraint "case_member_unique" unique ("case_id", "member_id");`);

    this.addSql(`create table "cases"."case_policy" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "dissatisfied_action" text not null, "sla_overrides" jsonb not null default '[]', "updated_by_name" text not null, "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_policy_tenant_path_idx" on "cases"."case_policy" ("tenant_path");`);
    this.addSql(`alter table "cases"."case_policy" add constraint "case_policy_tenant_unique" unique ("tenant_id");`);

    this.addSql(`alter table "cases"."assistance" add constraint "assistance_form_check" check ("form" in ('MONEY', 'IN_KIND'));`);
    this.addSql(`alter table "cases"."assistance" enable row level security;`);
    this.addSql(`alter table "cases"."assistance" force row level security;`);
    this.addSql(`create policy "assistance_tenant_scope" on "cases"."assistance" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "assistance_handling_side" on "cases"."assistance" using ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "cases"."audit_event" enable row level security;`);
    this.addSql(`alter table "cases"."audit_event" force row level security;`);
    this.addSql(`create policy "audit_event_tenant_scope" on "cases"."audit_event" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "cases"."calendar_day" enable row level security;`);
    this.addSql(`alter table "cases"."calendar_day" force row level security;`);
    this.addSql(`create policy "calendar_day_tenant_scope" on "cases"."calendar_day" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "calendar_day_inherited_read" on "cases"."calendar_day" for select using (starts_with(nullif(current_setting('app.scope_path', true), ''), tenant_path));`);

    this.addSql(`alter table "cases"."case" add constraint "case_kind_check" check ("kind" in ('NEED', 'GRIEVANCE', 'HARDSHIP', 'SUGGESTION', 'CONSULTATION', 'LEGAL_AID'));`);
    this.addSql(`alter table "cases"."case" add constraint "case_status_check" check ("status" in ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CALLBACK_DONE', 'CLOSED', 'REJECTED', 'REOPENED'));`);
    this.addSql(`alter table "cases"."case" add constraint "case_priority_check" check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT'));`);
    this.addSql(`alter table "cases"."case" add constraint "case_source_check" check ("source" in ('VISIT', 'WALK_IN', 'HOTLINE', 'ONLINE', 'FEDERATION_DISPATCH'));`);
    this.addSql(`alter table "cases"."case" add constraint "case_satisfaction_check" check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'));`);
    this.addSql(`alter table "cases"."case" enable row level security;`);
    this.addSql(`alter table "cases"."case" force row level security;`);
    this.addSql(`create policy "case_tenant_scope" on "cases"."case" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "case_handling_side" on "cases"."case" using ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "cases"."case_assistant" add constraint "case_assistant_kind_check" check ("kind" in ('OFFICER', 'UNIT'));`);
    this.addSql(`alter table "cases"."case_assistant" enable row level security;`);
    this.addSql(`alter table "cases"."case_assistant" force row level security;`);
    this.addSql(`create policy "case_assistant_tenant_scope" on "cases"."case_assistant" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "case_assistant_handling_side" on "cases"."case_assistant" using ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "cases"."case_counter" enable row level security;`);
    this.addSql(`alter table "cases"."case_counter" force row level security;`);
    this.addSql(`create policy "case_counter_tenant_scope" on "cases"."case_counter" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "cases"."case_event" add constraint "case_event_type_check" check ("type" in ('CREATED', 'ACCEPTED', 'REJECTED', 'STARTED', 'RESOLVED', 'CALLBACK', 'CLOSED', 'REOPENED', 'ASSIGNED', 'COMMENTED', 'ATTACHMENT', 'ESCALATED', 'DISPATCHED', 'ASSISTANCE', 'UPDATED', 'DETAILS_REVEALED'));`);
    this.addSql(`alter table "cases"."case_event" enable row level security;`);
    this.addSql(`alter table "cases"."case_event" force row level security;`);
    this.addSql(`create policy "case_event_tenant_scope" on "cases"."case_event" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "case_event_handling_side" on "cases"."case_event" using ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "cases"."case_member" enable row level security;`);
    this.addSql(`alter table "cases"."case_member" force row level security;`);
    this.addSql(`create policy "case_member_tenant_scope" on "cases"."case_member" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "case_member_handling_side" on "cases"."case_member" using ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((handling_tenant_path >= nullif(current_setting('app.scope_path', true), '') and handling_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "cases"."case_policy" add constraint "case_policy_dissatisfied_action_check" check ("dissatisfied_action" in ('REOPEN', 'ESCALATE'));`);
    this.addSql(`alter table "cases"."case_policy" enable row level security;`);
    this.addSql(`alter table "cases"."case_policy" force row level security;`);
    this.addSql(`create policy "case_policy_tenant_scope" on "cases"."case_policy" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "case_policy_inherited_read" on "cases"."case_policy" for select using (starts_with(nullif(current_setting('app.scope_path', true), ''), tenant_path));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."assistance" cascade;`);
    this.addSql(`drop table if exists "cases"."audit_event" cascade;`);
    this.addSql(`drop table if exists "cases"."calendar_day" cascade;`);
    this.addSql(`drop table if exists "cases"."case" cascade;`);
    this.addSql(`drop table if exists "cases"."case_assistant" cascade;`);
    this.addSql(`drop table if exists "cases"."case_counter" cascade;`);
    this.addSql(`drop table if exists "cases"."case_event" cascade;`);
    this.addSql(`drop table if exists "cases"."case_member" cascade;`);
    this.addSql(`drop table if exists "cases"."case_policy" cascade;`);

    this.addSql(`drop schema if exists "cases";`);
  }

}
