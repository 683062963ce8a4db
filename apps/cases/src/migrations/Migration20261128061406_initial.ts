import { Migration } from '@mikro-orm/migrations';

export class Migration20261128061406_initial extends Migration {

  override name = 'Migration20261128061406_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "cases";`);
    this.addSql(`create table "cases"."audit_event" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "actor_id" uuid not null, "actor_name" text not null, "action" text not null, "entity" text not null, "entity_id" uuid not null, "changes" jsonb null, "request_id" text null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "audit_event_tenant_path_idx" on "cases"."audit_event" ("tenant_path");`);
    this.addSql(`create index "audit_event_tenant_createdAt_idx" on "cases"."audit_event" ("tenant_id", "created_at");`);
    this.addSql(`create index "audit_event_tenant_entity_entityId_idx" on "cases"."audit_event" ("tenant_id", "entity", "entity_id");`);

    this.addSql(`create table "cases"."case" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_tenant_path_idx" on "cases"."case" ("tenant_path");`);
    this.addSql(`create index "case_tenant_name_idx" on "cases"."case" ("tenant_id", "name");`);

    this.addSql(`alter table "cases"."audit_event" enable row level security;`);
    this.addSql(`alter table "cases"."audit_event" force row level security;`);
    this.addSql(`create policy "audit_event_tenant_scope" on "cases"."audit_event" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "cases"."case" enable row level security;`);
    this.addSql(`alter table "cases"."case" force row level security;`);
    this.addSql(`create policy "case_tenant_scope" on "cases"."case" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."audit_event" cascade;`);
    this.addSql(`drop table if exists "cases"."case" cascade;`);

    this.addSql(`drop schema if exists "cases";`);
  }

}
