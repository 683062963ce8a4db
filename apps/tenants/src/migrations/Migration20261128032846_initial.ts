import { Migration } from '@mikro-orm/migrations';

export class Migration20261128032846_initial extends Migration {

  override name = 'Migration20261128032846_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "tenants";`);
    this.addSql(`create table "tenants"."audit_event" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "actor_id" uuid not null, "actor_name" text not null, "action" text not null, "entity" text not null, "entity_id" uuid not null, "changes" jsonb null, "request_id" text null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "audit_event_tenant_path_idx" on "tenants"."audit_event" ("tenant_path");`);
    this.addSql(`create index "audit_event_tenant_createdAt_idx" on "tenants"."audit_event" ("tenant_id", "created_at");`);
    this.addSql(`create index "audit_event_tenant_entity_entityId_idx" on "tenants"."audit_event" ("tenant_id", "entity", "entity_id");`);

    this.addSql(`create table "tenants"."officer" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "email" text not null, "display_name" text not null, "password_hash" text not null, "role" text not null, "active" boolean not null default true, "last_login_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "officer_tenant_path_idx" on "tenants"."officer" ("tenant_path");`);
    this.addSql(`create index "officer_tenant_displayName_idx" on "tenants"."officer" ("tenant_id", "display_name");`);
    this.addSql(`alter table "tenants"."officer" add constraint "officer_email_unique" unique ("email");`);

    this.addSql(`create table "tenants"."tenant" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "parent_id" uuid null, "name" text not null, "kind" text not null, "depth" int not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "tenant_tenant_path_idx" on "tenants"."tenant" ("tenant_path");`);
    this.addSql(`alter table "tenants"."tenant" add constraint "tenant_path_unique" unique ("tenant_path");`);
    this.addSql(`alter table "tenants"."tenant" add constraint "tenant_parent_name_unique" unique ("parent_id", "name");`);

    this.addSql(`alter table "tenants"."audit_event" enable row level security;`);
    this.addSql(`alter table "tenants"."audit_event" force row level security;`);
    this.addSql(`create policy "audit_event_tenant_scope" on "tenants"."audit_event" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "tenants"."officer" add constraint "officer_role_check" check ("role" in ('FEDERATION_ADMIN', 'FEDERATION_OFFICER', 'UNION_ADMIN', 'UNION_OFFICER'));`);
    this.addSql(`alter table "tenants"."officer" enable row level security;`);
    this.addSql(`alter table "tenants"."officer" force row level security;`);
    this.addSql(`create policy "officer_tenant_scope" on "tenants"."officer" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
    this.addSql(`create policy "officer_login_lookup" on "tenants"."officer" for select using (email = nullif(current_setting('app.login_email', true), ''));`);

    this.addSql(`alter table "tenants"."tenant" add constraint "tenant_kind_check" check ("kind" in ('FEDERATION', 'ENTERPRISE_UNION'));`);
    this.addSql(`alter table "tenants"."tenant" enable row level security;`);
    this.addSql(`alter table "tenants"."tenant" force row level security;`);
    this.addSql(`create policy "tenant_tenant_scope" on "tenants"."tenant" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "tenants"."audit_event" cascade;`);
    this.addSql(`drop table if exists "tenants"."officer" cascade;`);
    this.addSql(`drop table if exists "tenants"."tenant" cascade;`);

    this.addSql(`drop schema if exists "tenants";`);
  }

}
