import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Entities other subgraphs own. This subgraph knows only their keys; the gateway fetches the rest
 * from the owner. `OrgUnit`, `Member` and `Tenant` also get fields added here (see coverage/).
 */

@Directive('@key(fields: "id")')
@ObjectType('OrgUnit')
export class OrgUnitRef {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Member')
export class MemberRef {
  @Field(() => ID)
  id!: string;
}

/** A case of the cases subgraph: a stub only, the gateway resolves number, status, ... there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Case')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}

/** `Tenant` of the tenants subgraph; `path` is needed (`@requires`) to roll a federation's subtree up. */
@Directive('@key(fields: "id")')
@ObjectType('Tenant')
export class TenantRef {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => String)
  path!: string;
}

export const orgUnitRef = (id: string) => Object.assign(new OrgUnitRef(), { id });
export const memberRef = (id: string) => Object.assign(new MemberRef(), { id });
export const caseRef = (id: string) => Object.assign(new CaseRef(), { id });
export const tenantRef = (id: string) => Object.assign(new TenantRef(), { id });

/** References handed over by the gateway: the key is all this subgraph needs. */
export const refReferences = {
  OrgUnit: { __resolveReference: (ref: { id: string }) => orgUnitRef(ref.id) },
  Member: { __resolveReference: (ref: { id: string }) => memberRef(ref.id) },
  Tenant: {
    __resolveReference: (ref: { id: string; path?: string }) => Object.assign(new TenantRef(), ref),
  },
};
