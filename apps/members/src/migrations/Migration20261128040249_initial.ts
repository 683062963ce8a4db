import { Migration } from '@mikro-orm/migrations';

export class Migration20261128040249_initial extends Migration {

  override name = 'Migration20261128040249_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "members";`);
    this.addSql(`create table "members"."audit_event" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "actor_id" uuid not null, "actor_name" text not null, "action" text not null, "entity" text not null, "entity_id" uuid not null, "changes" jsonb null, "request_id" text null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "audit_event_tenant_path_idx" on "members"."audit_event" ("tenant_path");`);
    this.addSql(`create index "audit_event_tenant_createdAt_idx" on "members"."audit_event" ("tenant_id", "created_at");`);
    this.addSql(`create index "audit_event_tenant_entity_entityId_idx" on "members"."audit_event" ("tenant_id", "entity", "entity_id");`);

    this.addSql(`create table "members"."member" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "name" text not null, "name_pinyin" text collate "C" not null, "gender" text null, "birth_date" date null, "national_id_sealed" text null, "national_id_hash" text null, "national_id_masked" text null, "phone_sealed" text null, "phone_hash" text null, "phone_masked" text null, "employee_no" text null, "job_title" text null, "job_type" text null, "shift_pattern" text null, "org_unit_id" uuid null, "unit_path" text collate "C" null, "joined_on" date not null, "status" text not null default 'ACTIVE', "migrant_worker" boolean not null default false, "model_worker" boolean not null default false, "hardship_status" text not null default 'NONE', "hardship_note_sealed" text null, "tags" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "member_tenant_path_idx" on "members"."member" ("tenant_path");`);
    this.addSql(`create index "member_tenant_namePinyin_id_idx" on "members"."member" ("tenant_id", "name_pinyin", "id");`);
    this.addSql(`create index "member_tenant_unitPath_idx" on "members"."member" ("tenant_id", "unit_path");`);
    this.addSql(`create index "member_tenant_status_idx" on "members"."member" ("tenant_id", "status");`);
    this.addSql(`create index "member_tenant_joinedOn_idx" on "members"."member" ("tenant_id", "joined_on");`);
    this.addSql(`create index "member_tenant_birthDate_idx" on "members"."member" ("tenant_id", "birth_date");`);
    this.addSql(`alter table "members"."member" add constraint "member_tenant_employee_no_unique" unique ("tenant_id", "employee_no");`);
    this.addSql(`alter table "members"."member" add constraint "member_tenant_national_id_unique" unique ("tenant_id", "national_id_hash");`);
    this.addSql(`create unique index "member_active_national_id_unique" on "members"."member" ("national_id_hash") where "status" = 'ACTIVE';`);

    this.addSql(`create table "members"."membership_period" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "member_id" uuid not null, "union_id" uuid not null, "union_name" text not null, "org_unit_id" uuid null, "org_unit_name" text null, "status" text not null, "started_on" date not null, "ended_on" date null, "reason" text not null, "note" text null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "membership_period_tenant_path_idx" on "members"."membership_period" ("tenant_path");`);
    this.addSql(`create index "membership_period_tenant_memberId_startedOn_idx" on "members"."membership_period" ("tenant_id", "member_id", "started_on");`);
    this.addSql(`create index "membership_period_tenant_startedOn_idx" on "members"."membership_period" ("tenant_id", "started_on");`);
    this.addSql(`create index "membership_period_tenant_endedOn_idx" on "members"."membership_period" ("tenant_id", "ended_on");`);

    this.addSql(`create table "members"."org_unit" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "parent_id" uuid null, "unit_path" text collate "C" not null, "kind" text not null, "name" text not null, "leader_name" text null, "status" text not null default 'ACTIVE', "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "org_unit_tenant_path_idx" on "members"."org_unit" ("tenant_path");`);
    this.addSql(`create index "org_unit_tenant_unitPath_idx" on "members"."org_unit" ("tenant_id", "unit_path");`);
    this.addSql(`create index "org_unit_tenant_parentId_name_idx" on "members"."org_unit" ("tenant_id", "parent_id", "name");`);

    this.addSql(`create table "members"."org_unit_event" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "org_unit_id" uuid not null, "change" text not null, "before" text null, "after" text null, "actor_name" text not null, "at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "org_unit_event_tenant_path_idx" on "members"."org_unit_event" ("tenant_path");`);
    this.addSql(`create index "org_unit_event_tenant_orgUnitId_at_idx" on "members"."org_unit_event" ("tenant_id", "org_unit_id", "at");`);

    this.addSql(`create table "members"."transfer" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "from_tenant_name" text not null, "to_tenant_id" uuid not null, "to_tenant_path" text collate "C" not null, "to_tenant_name" text not null, "member_id" uuid not null, "member_name" text not null, "member_national_id" text null, "status" text not null default 'PENDING', "reason" text null, "requested_at" timestamptz not null default now(), "requested_by_name" text not null, "decided_at" timestamptz null, "decided_by_name" text null, "decision_note" text null, "nudged_at" timestamptz null, "nudge_count" int not null default 0, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "transfer_tenant_path_idx" on "members"."transfer" ("tenant_path");`);
    this.addSql(`create index "transfer_tenant_status_requestedAt_idx" on "members"."transfer" ("tenant_id", "status", "requested_at");`);
    this.addSql(`create index "transfer_tenant_memberId_idx" on "members"."transfer" ("tenant_id", "member_id");`);
    this.addSql(`create index "transfer_to_tenant_idx" on "members"."transfer" ("to_tenant_id", "status");`);
    this.addSql(`create index "transfer_to_path_idx" on "members"."transfer" ("to_tenant_path");`);
    this.addSql(`create unique index "transfer_one_pending_per_member" on "members"."transfer" ("member_id") where "status" = 'PENDING';`);

    this.addSql(`alter table "members"."audit_event" enable row level security;`);
    this.addSql(`alter table "members"."audit_event" force row level security;`);
    this.addSql(`create policy "audit_event_tenant_scope" on "members"."audit_event" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "members"."member" add constraint "member_gender_check" check ("gender" in ('MALE', 'FEMALE'));`);
    this.addSql(`alter table "members"."member" add constraint "member_status_check" check ("status" in ('ACTIVE', 'SUSPENDED', 'TRANSFERRED_OUT', 'RETIRED', 'LEFT'));`);
    this.addSql(`alter table "members"."member" add constraint "member_hardship_status_check" check ("hardship_status" in ('NONE', 'HARDSHIP', 'SEVERE'));`);
    this.addSql(`alter table "members"."member" enable row level security;`);
    this.addSql(`alter table "members"."member" force row level security;`);
    this.addSql(`create policy "member_tenant_scope" on "members"."member" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "members"."membership_period" add constraint "membership_period_status_check" check ("status" in ('ACTIVE', 'SUSPENDED', 'TRANSFERRED_OUT', 'RETIRED', 'LEFT'));`);
    this.addSql(`alter table "members"."membership_period" add constraint "membership_period_reason_check" check ("reason" in ('JOINED', 'STATUS_CHANGED', 'MOVED', 'TRANSFERRED_IN', 'IMPORTED'));`);
    this.addSql(`alter table "members"."membership_period" enable row level security;`);
    this.addSql(`alter table "members"."membership_period" force row level security;`);
    this.addSql(`create policy "membership_period_tenant_scope" on "members"."membership_period" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "members"."org_unit" add constraint "org_unit_kind_check" check ("kind" in ('BRANCH', 'WORKSHOP', 'TEAM'));`);
    this.addSql(`alter table "members"."org_unit" add constraint "org_unit_status_check" check ("status" in ('ACTIVE', 'CLOSED'));`);
    this.addSql(`alter table "members"."org_unit" enable row level security;`);
    this.addSql(`alter table "members"."org_unit" force row level security;`);
    this.addSql(`create policy "org_unit_tenant_scope" on "members"."org_unit" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "members"."org_unit_event" add constraint "org_unit_event_change_check" check ("change" in ('CREATED', 'RENAMED', 'MOVED', 'CLOSED', 'REOPENED'));`);
    this.addSql(`alter table "members"."org_unit_event" enable row level security;`);
    this.addSql(`alter table "members"."org_unit_event" force row level security;`);
    this.addSql(`create policy "org_unit_event_tenant_scope" on "members"."org_unit_event" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "members"."transfer" add constraint "transfer_status_check" check ("status" in ('PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED'));`);
    this.addSql(`alter table "members"."transfer" enable row level security;`);
    this.addSql(`alter table "members"."transfer" force row level security;`);
    this.addSql(`create policy "transfer_tenant_scope" on "members"."transfer" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "transfer_receiving_side" on "members"."transfer" using ((to_tenant_path >= nullif(current_setting('app.scope_path', true), '') and to_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((to_tenant_path >= nullif(current_setting('app.scope_path', true), '') and to_tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "members"."audit_event" cascade;`);
    this.addSql(`drop table if exists "members"."member" cascade;`);
    this.addSql(`drop table if exists "members"."membership_period" cascade;`);
    this.addSql(`drop table if exists "members"."org_unit" cascade;`);
    this.addSql(`drop table if exists "members"."org_unit_event" cascade;`);
    this.addSql(`drop table if exists "members"."transfer" cascade;`);

    this.addSql(`drop schema if exists "members";`);
  }

}
