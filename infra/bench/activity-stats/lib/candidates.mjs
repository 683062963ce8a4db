// Candidate indexes (phases after the baseline, cumulative) and candidate rewrites of statements.

export const CANDIDATES = {
  cover: {
    label:
      'tenant-led covering indexes: activity (tenant_path, starts_at); attendance, activity_team, heard_item (tenant_path, activity_id)',
    sql: [
      `create index "activity_tenant_path_startsAt_idx" on "activities"."activity" ("tenant_path", "starts_at") include ("status", "kind", "headcount", "tenant_id", "id")`,
      `create index "attendance_tenant_path_activityId_idx" on "activities"."attendance" ("tenant_path", "activity_id") include ("tenant_id", "member_id")`,
      `create index "activity_team_tenant_path_activityId_idx" on "activities"."activity_team" ("tenant_path", "activity_id") include ("tenant_id", "team_id")`,
      `create index "heard_item_tenant_path_activityId_idx" on "activities"."heard_item" ("tenant_path", "activity_id") include ("tenant_id", "kind", "case_id", "resolved_on_spot")`,
    ],
  },
  teamLed: {
    label:
      'activity_team (team_id) include (activity_id, tenant_id) — not tenant-led; for lastVisitedAt / coverage',
    sql: [
      `create index "activity_team_teamId_idx" on "activities"."activity_team" ("team_id") include ("activity_id", "tenant_id")`,
    ],
  },
};

/** The 50 newest activities of the scope as the app sees them: (tenant_id, id) pairs for the loaders. */
async function firstPage(client, scopePath) {
  await client.query('begin');
  try {
    await client.query('set local role frontline_app');
    await client.query(`select set_config('app.scope_path', $1, true)`, [scopePath]);
    const { rows } = await client.query(
      'select tenant_id, id from activities.activity order by starts_at desc, id desc limit 50',
    );
    return rows;
  } finally {
    await client.query('rollback');
  }
}

/**
 * Statements the app could send instead, timed as the app runs them. `build` returns the SQL.
 * The list's child loaders today ask `activity_id in (…)` under the scope only; with the parents'
 * tenant ids they can use the existing unique (tenant_id, activity_id, …) indexes.
 */
export const REWRITES = [
  {
    key: 'attendeeCountToday',
    label: 'list: attendeeCount loader as today (activity_id in 50 ids)',
    scope: 'top',
    period: 'month',
    build: async (client, scopePath) => {
      const page = await firstPage(client, scopePath);
      return `select a0.activity_id, count(*) from activities.attendance a0 where a0.activity_id in (${page.map((r) => `'${r.id}'`).join(', ')}) and a0.tenant_path >= '${scopePath}' and a0.tenant_path < '${scopePath.slice(0, -1)}0' group by a0.activity_id`;
    },
  },
  {
    key: 'attendeeCountTenant',
    label: 'list: attendeeCount loader with (tenant_id, activity_id) in 50 pairs',
    scope: 'top',
    period: 'month',
    build: async (client, scopePath) => {
      const page = await firstPage(client, scopePath);
      return `select a0.activity_id, count(*) from activities.attendance a0 where (a0.tenant_id, a0.activity_id) in (${page.map((r) => `('${r.tenant_id}'::uuid, '${r.id}'::uuid)`).join(', ')}) and a0.tenant_path >= '${scopePath}' and a0.tenant_path < '${scopePath.slice(0, -1)}0' group by a0.activity_id`;
    },
  },
];
