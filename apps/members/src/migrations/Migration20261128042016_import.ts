import { Migration } from '@mikro-orm/migrations';

export class Migration20261128042016_import extends Migration {

  override name = 'Migration20261128042016_import';

  override up(): void | Promise<void> {
    this.addSql(`create table "members"."import_job" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "upload_id" uuid not null, "file_name" text not null, "dry_run" boolean not null, "status" text not null default 'PENDING', "mapping" jsonb not null, "total" int null, "processed" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "failed" int not null default 0, "error_count" int not null default 0, "failure_key" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "heartbeat_at" timestamptz null, "created_by_id" uuid not null, "created_by_name" text not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "import_job_tenant_path_idx" on "members"."import_job" ("tenant_path");`);
    this.addSql(`create index "import_job_tenant_createdAt_id_idx" on "members"."import_job" ("tenant_id", "created_at", "id");`);
    this.addSql(`create index "import_job_tenant_status_idx" on "members"."import_job" ("tenant_id", "status");`);
    this.addSql(`create unique index "import_job_one_running_per_tenant" on "members"."import_job" ("tenant_id") where "status" in ('PENDING', 'RUNNING') and not "dry_run";`);

    this.addSql(`create table "members"."import_row_error" ("id" uuid not null, "tenant_id" uuid not null, "tenant_path" text collate "C" not null, "job_id" uuid not null, "row_number" int not null, "column" text null, "field" text null, "value" text null, "message_key" text not null, "params" jsonb null, primary key ("id"));`);
    this.addSql(`create index "import_row_error_tenant_path_idx" on "members"."import_row_error" ("tenant_path");`);
    this.addSql(`create index "import_row_error_tenant_jobId_rowNumber_id_idx" on "members"."import_row_error" ("tenant_id", "job_id", "row_number", "id");`);

    this.addSql(`alter table "members"."import_job" add constraint "import_job_status_check" check ("status" in ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'));`);
    this.addSql(`alter table "members"."import_job" enable row level security;`);
    this.addSql(`alter table "members"."import_job" force row level security;`);
    this.addSql(`create policy "import_job_tenant_scope" on "members"."import_job" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);

    this.addSql(`alter table "members"."import_row_error" add constraint "import_row_error_field_check" check ("field" in ('NAME', 'GENDER', 'NATIONAL_ID', 'PHONE', 'EMPLOYEE_NO', 'TEAM', 'JOINED_ON', 'BIRTH_DATE', 'JOB_TITLE', 'JOB_TYPE', 'SHIFT_PATTERN', 'MIGRANT_WORKER', 'MODEL_WORKER', 'HARDSHIP_STATUS', 'TAGS'));`);
    this.addSql(`alter table "members"."import_row_error" enable row level security;`);
    this.addSql(`alter table "members"."import_row_error" force row level security;`);
    this.addSql(`create policy "import_row_error_tenant_scope" on "members"."import_row_error" using ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')) with check ((tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "members"."import_job" cascade;`);
    this.addSql(`drop table if exists "members"."import_row_error" cascade;`);
  }

}
