/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SwitchTenant($tenantId: ID) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      expiresAt\n      scopeTenant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SwitchTenantDocument,
    "\n  query Officers($first: Int!, $after: String) {\n    officers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OfficersDocument,
    "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.CreateOfficerDocument,
    "\n  query TenantTree {\n    tenantTree {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n": typeof types.TenantTreeDocument,
    "\n  query TenantDetail($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      kind\n      depth\n      createdAt\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n": typeof types.TenantDetailDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  query Me {\n    me {\n      officer {\n        id\n        displayName\n        email\n        role\n      }\n      homeTenant {\n        id\n        name\n        kind\n      }\n      scopeTenant {\n        id\n        name\n        kind\n      }\n      roles\n      canSwitchTenant\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SwitchTenant($tenantId: ID) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      expiresAt\n      scopeTenant {\n        id\n        name\n      }\n    }\n  }\n": types.SwitchTenantDocument,
    "\n  query Officers($first: Int!, $after: String) {\n    officers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": types.OfficersDocument,
    "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.CreateOfficerDocument,
    "\n  query TenantTree {\n    tenantTree {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n": types.TenantTreeDocument,
    "\n  query TenantDetail($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      kind\n      depth\n      createdAt\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n": types.TenantDetailDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n": types.CreateTenantDocument,
    "\n  query Me {\n    me {\n      officer {\n        id\n        displayName\n        email\n        role\n      }\n      homeTenant {\n        id\n        name\n        kind\n      }\n      scopeTenant {\n        id\n        name\n        kind\n      }\n      roles\n      canSwitchTenant\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTenant($tenantId: ID) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      expiresAt\n      scopeTenant {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchTenant($tenantId: ID) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      expiresAt\n      scopeTenant {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Officers($first: Int!, $after: String) {\n    officers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Officers($first: Int!, $after: String) {\n    officers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantTree {\n    tenantTree {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n"): (typeof documents)["\n  query TenantTree {\n    tenantTree {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantDetail($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      kind\n      depth\n      createdAt\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantDetail($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      kind\n      depth\n      createdAt\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      officer {\n        id\n        displayName\n        email\n        role\n      }\n      homeTenant {\n        id\n        name\n        kind\n      }\n      scopeTenant {\n        id\n        name\n        kind\n      }\n      roles\n      canSwitchTenant\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      officer {\n        id\n        displayName\n        email\n        role\n      }\n      homeTenant {\n        id\n        name\n        kind\n      }\n      scopeTenant {\n        id\n        name\n        kind\n      }\n      roles\n      canSwitchTenant\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;