import { Migration } from '@mikro-orm/migrations';

export class Migration20261128062553_activities_domain extends Migration {

  override name = 'Migration20261128062553_activities_domain';

  override up(): void | Promise<void> {
    this.addSql(`create table "activities"."activity_kind" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "name" text not null, "archived" boolean not null default false, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "activity_kind_tenant_path_idx" on "activities"."activity_kind" ("tenant_path");`);
    this.addSql(`alter table "activities"."activity_kind" add constraint "activity_kind_tenant_name_unique" unique ("tenant_id", "name");`);

    this.addSql(`create table "activities"."activity_officer" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "activity_id" uuid not null, "officer_id" uuid not null, "name" text not null, primary key ("id"));`);
    this.addSql(`create index "activity_officer_tenant_path_idx" on "activities"."activity_officer" ("tenant_path");`);
    this.addSql(`create index "activity_officer_tenant_officerId_idx" on "activities"."activity_officer" ("tenant_id", "officer_id");`);
    this.addSql(`alter table "activities"."activity_officer" add constraint "activity_officer_unique" unique ("tenant_id", "activity_id", "officer_id");`);

    this.addSql(`create table "activities"."activity_team" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "activity_id" uuid not null, "team_id" uuid not null, "team_name" text not null, primary key ("id"));`);
    this.addSql(`create index "activity_team_tenant_path_idx" on "activities"."activity_team" ("tenant_path");`);
    this.addSql(`create index "activity_team_tenant_teamId_idx" on "activities"."activity_team" ("tenant_id", "team_id");`);
    this.addSql(`alter table "activities"."activity_team" add constraint "activity_team_unique" unique ("tenant_id", "activity_id", "team_id");`);

    this.addSql(`create table "activities"."attendance" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "activity_id" uuid not null, "member_id" uuid not null, "member_name" text null, "team_id" uuid null, "source" text not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "attendance_tenant_path_idx" on "activities"."attendance" ("tenant_path");`);
    this.addSql(`create index "attendance_tenant_memberId_idx" on "activities"."attendance" ("tenant_id", "member_id");`);
    this.addSql(`alter table "activities"."attendance" add constraint "attendance_unique" unique ("tenant_id", "activity_id", "member_id");`);

    this.addSql(`create table "activities"."campaign" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "name" text not null, "description" text null, "activity_kind" text null, "starts_on" date not null, "ends_on" date not null, "target_kind" text not null, "target_per_union" int not null, "created_by_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "campaign_tenant_path_idx" on "activities"."campaign" ("tenant_path");`);
    this.addSql(`create index "campaign_tenant_startsOn_idx" on "activities"."campaign" ("tenant_id", "starts_on");`);

    this.addSql(`create table "activities"."checkin_roster" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "activity_id" uuid not null, "member_id" uuid not null, "employee_no" text not null, "name" text not null, "team_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "checkin_roster_tenant_path_idx" on "activities"."checkin_roster" ("tenant_path");`);
    this.addSql(`alter table "activities"."checkin_roster" add constraint "checkin_roster_unique" unique ("tenant_id", "activity_id", "employee_no");`);

    this.addSql(`create table "activities"."heard_item" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "activity_id" uuid not null, "kind" text not null, "member_ids" text[] not null default '{}', "team_id" uuid null, "note" text not null, "resolved_on_spot" boolean not null default false, "resolution_note" text null, "case_id" uuid null, "case_number" text null, "created_by_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "heard_item_tenant_path_idx" on "activities"."heard_item" ("tenant_path");`);
    this.addSql(`create index "heard_item_tenant_activityId_idx" on "activities"."heard_item" ("tenant_id", "activity_id");`);
    this.addSql(`create index "heard_item_tenant_kind_createdAt_idx" on "activities"."heard_item" ("tenant_id", "kind", "created_at");`);

    this.addSql(`create table "activities"."visit_plan" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "name" text not null, "period_kind" text not null, "target_per_team" int not null, "team_ids" text[] not null default '{}', "starts_on" date not null, "ends_on" date null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "visit_plan_tenant_path_idx" on "activities"."visit_plan" ("tenant_path");`);
    this.addSql(`create index "visit_plan_tenant_active_idx" on "activities"."visit_plan" ("tenant_id", "active");`);

    this.addSql(`create table "activities"."visit_task" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "member_id" uuid null, "team_id" uuid null, "reason" text not null, "note" text null, "assignee_id" uuid null, "assignee_name" text null, "due_on" date not null, "status" text not null default 'OPEN', "done_activity_id" uuid null, "done_at" timestamptz null, "created_by_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "visit_task_tenant_path_idx" on "activities"."visit_task" ("tenant_path");`);
    this.addSql(`create index "visit_task_tenant_status_dueOn_idx" on "activities"."visit_task" ("tenant_id", "status", "due_on");`);
    this.addSql(`create index "visit_task_tenant_assigneeId_status_dueOn_idx" on "activities"."visit_task" ("tenant_id", "assignee_id", "status", "due_on");`);
    this.addSql(`create index "visit_task_tenant_memberId_idx" on "activities"."visit_task" ("tenant_id", "member_id");`);
    this.addSql(`create unique index "visit_task_one_open_per_member_reason" on "activities"."visit_task" ("tenant_id", "member_id", "reason") where "status" = 'OPEN' and "member_id" is not null;`);

    this.addSql(`drop index "activities"."activity_tenant_name_idx";`);
    this.addSql(`alter table "activities"."activity" add "kind" text not null, add "custom_kind_id" uuid null, add "custom_kind" text null, add "starts_at" timestamptz not null, add "ends_at" timestamptz null, add "place" text null, add "status" text not null default 'PLANNED', add "notes" text null, add "photos" jsonb not null default '[]', add "headcount" int null, add "campaign_id" uuid null, add "search_text" text not null, add "checkin_nonce" text null, add "checkin_expires_at" timestamptz null, add "created_by_id" uuid not null, add "created_by_name" text not null;`);
    this.addSql(`alter table "activities"."activity" rename column "name" to "title";`);
    this.addSql(`create index "activity_tenant_startsAt_idx" on "activities"."activity" ("tenant_id", "starts_at");`);
    this.addSql(`create index "activity_tenant_status_startsAt_idx" on "activities"."activity" ("tenant_id", "status", "starts_at");`);
    this.addSql(`create index "activity_tenant_campaignId_status_idx" on "activities"."activity" ("tenant_id", "campaign_id", "status");`);
    this.addSql(`alter table "activities"."activity" add constraint "activity_kind_check" check ("kind" in ('FRONTLINE_VISIT', 'HOME_VISIT', 'SYMPOSIUM', 'EVENT', 'TRAINING', 'SEND_WARMTH', 'SUMMER_COOLING', 'WORKERS_CONGRESS', 'OTHER'));`);
    this.addSql(`alter table "activities"."activity" add constraint "activity_status_check" check ("status" in ('PLANNED', 'DONE', 'CANCELLED'));`);

    this.addSql(`alter table "activities"."activity_kind" enable row level security;`);
    this.addSql(`alter table "activities"."activity_kind" force row level security;`);
    this.addSql(`create policy "activity_kind_tenant_scope" on "activities"."activity_kind" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "activities"."activity_officer" enable row level security;`);
    this.addSql(`alter table "activities"."activity_officer" force row level security;`);
    this.addSql(`create policy "activity_officer_tenant_scope" on "activities"."activity_officer" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "activities"."activity_team" enable row level security;`);
    this.addSql(`alter table "activities"."activity_team" force row level security;`);
    this.addSql(`create policy "activity_team_tenant_scope" on "activities"."activity_team" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "activities"."attendance" add constraint "attendance_source_check" check ("source" in ('MANUAL', 'TEAM', 'CHECKIN'));`);
    this.addSql(`alter table "activities"."attendance" enable row level security;`);
    this.addSql(`alter table "activities"."attendance" force row level security;`);
    this.addSql(`create policy "attendance_tenant_scope" on "activities"."attendance" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "activities"."campaign" add constraint "campaign_activity_kind_check" check ("activity_kind" in ('FRONTLINE_VISIT', 'HOME_VISIT', 'SYMPOSIUM', 'EVENT', 'TRAINING', 'SEND_WARMTH', 'SUMMER_COOLING', 'WORKERS_CONGRESS', 'OTHER'));`);
    this.addSql(`alter table "activities"."campaign" add constraint "campaign_target_kind_check" check ("target_kind" in ('ACTIVITIES', 'MEMBERS_REACHED'));`);
    this.addSql(`alter table "activities"."campaign" enable row level security;`);
    this.addSql(`alter table "activities"."campaign" force row level security;`);
    this.addSql(`create policy "campaign_tenant_scope" on "activities"."campaign" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "campaign_inherited_read" on "activities"."campaign" for select using (starts_with(nullif(current_setting('app.scope_path', true), ''), tenant_path));`);

    this.addSql(`alter table "activities"."checkin_roster" enable row level security;`);
    this.addSql(`alter table "activities"."checkin_roster" force row level security;`);
    this.addSql(`create policy "checkin_roster_tenant_scope" on "activities"."checkin_roster" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "activities"."heard_item" add constraint "heard_item_kind_check" check ("kind" in ('NEED', 'GRIEVANCE', 'HARDSHIP', 'SUGGESTION', 'QUESTION'));`);
    this.addSql(`alter table "activities"."heard_item" enable row level security;`);
    this.addSql(`alter table "activities"."heard_item" force row level security;`);
    this.addSql(`create policy "heard_item_tenant_scope" on "activities"."heard_item" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "activities"."visit_plan" add constraint "visit_plan_period_kind_check" check ("period_kind" in ('MONTH', 'QUARTER'));`);
    this.addSql(`alter table "activities"."visit_plan" enable row level security;`);
    this.addSql(`alter table "activities"."visit_plan" force row level security;`);
    this.addSql(`create policy "visit_plan_tenant_scope" on "activities"."visit_plan" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "activities"."visit_task" add constraint "visit_task_reason_check" check ("reason" in ('HARDSHIP', 'LONG_SICK_LEAVE', 'HOSPITALISED', 'BEREAVEMENT', 'MARRIAGE', 'CHILDBIRTH', 'RETIREMENT', 'OTHER'));`);
    this.addSql(`alter table "activities"."visit_task" add constraint "visit_task_status_check" check ("status" in ('OPEN', 'DONE', 'CANCELLED'));`);
    this.addSql(`alter table "activities"."visit_task" enable row level security;`);
    this.addSql(`alter table "activities"."visit_task" force row level security;`);
    this.addSql(`create policy "visit_task_tenant_scope" on "activities"."visit_task" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "activities"."activity_kind" cascade;`);
    this.addSql(`drop table if exists "activities"."activity_officer" cascade;`);
    this.addSql(`drop table if exists "activities"."activity_team" cascade;`);
    this.addSql(`drop table if exists "activities"."attendance" cascade;`);
    this.addSql(`drop table if exists "activities"."campaign" cascade;`);
    this.addSql(`drop table if exists "activities"."checkin_roster" cascade;`);
    this.addSql(`drop table if exists "activities"."heard_item" cascade;`);
    this.addSql(`drop table if exists "activities"."visit_plan" cascade;`);
    this.addSql(`drop table if exists "activities"."visit_task" cascade;`);

    this.addSql(`drop index "activities"."activity_tenant_startsAt_idx";`);
    this.addSql(`drop index "activities"."activity_tenant_status_startsAt_idx";`);
    this.addSql(`drop index "activities"."activity_tenant_campaignId_status_idx";`);
    this.addSql(`alter table "activities"."activity" drop constraint "activity_kind_check";`);
    this.addSql(`alter table "activities"."activity" drop constraint "activity_status_check";`);
    this.addSql(`alter table "activities"."activity" drop column "kind", drop column "custom_kind_id", drop column "custom_kind", drop column "starts_at", drop column "ends_at", drop column "place", drop column "status", drop column "notes", drop column "photos", drop column "headcount", drop column "campaign_id", drop column "search_text", drop column "checkin_nonce", drop column "checkin_expires_at", drop column "created_by_id", drop column "created_by_name";`);
    this.addSql(`alter table "activities"."activity" rename column "title" to "name";`);
    this.addSql(`create index "activity_tenant_name_idx" on "activities"."activity" ("tenant_id", "name");`);
  }

}
