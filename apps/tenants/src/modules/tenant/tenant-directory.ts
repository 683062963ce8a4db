import { type Database, parseInput, type RequestContext, requireCaller } from '@frontline/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Tenant, TenantKindEnum } from './tenant.entity.js';

export const DIRECTORY_SETTING = 'app.tenant_directory';

/** What anyone signed in may know of any tenant: its name and place in the tree. */
@ObjectType({ description: 'A tenant as the installation-wide directory shows it' })
export class DirectoryTenant {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => TenantKindEnum)
  kind!: TenantKindEnum;

  @Field(() => String)
  path!: string;

  @Field(() => String, { nullable: true, description: 'Name of the federation above it' })
  parentName!: string | null;
}

const directoryArgs = z.object({
  ids: z.array(z.uuid()).max(100).optional().nullable(),
  search: z.string().trim().max(80).optional().nullable(),
  first: z.number().int().min(1).max(50),
});

function directoryEm(db: Database) {
  return db.forSession({ [DIRECTORY_SETTING]: 'on' });
}

async function toEntries(db: Database, tenants: Tenant[]): Promise<DirectoryTenant[]> {
  const parentIds = [...new Set(tenants.map((t) => t.parentId).filter((id): id is string => !!id))];
  const parents = parentIds.length
    ? await directoryEm(db).find(
        Tenant,
        { id: { $in: parentIds } },
        { filters: false, fields: ['id', 'name'] },
      )
    : [];
  const names = new Map(parents.map((p) => [p.id, p.name]));
  return tenants.map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind as TenantKindEnum,
    path: t.tenantPath,
    parentName: t.parentId ? (names.get(t.parentId) ?? null) : null,
  }));
}

@Resolver()
export class TenantDirectoryResolver {
  @Query(() => [DirectoryTenant], {
    description:
      'Enterprise unions anywhere in the installation by name (e.g. transfer targets), or tenants by id',
  })
  async tenantDirectory(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[],
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<DirectoryTenant[]> {
    requireCaller(ctx);
    const args = parseInput(directoryArgs, { ids, search, first });
    const where = args.ids?.length
      ? { id: { $in: args.ids } }
      : {
          kind: 'ENTERPRISE_UNION' as const,
          ...(args.search ? { name: { $ilike: `%${args.search.replace(/[\\%_]/g, '\\$&')}%` } } : {}),
        };
    const tenants = await directoryEm(ctx.db).find(Tenant, where, {
      filters: false,
      orderBy: { name: 'asc' },
      limit: args.ids?.length ?? args.first,
      fields: ['id', 'name', 'kind', 'tenantPath', 'parentId'],
    });
    return toEntries(ctx.db, tenants as Tenant[]);
  }
}
