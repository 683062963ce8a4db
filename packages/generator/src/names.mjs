// Every spelling of a subgraph's name the templates need, derived from its kebab-case name.

/** `members`, `skill-records`: lower-case words of letters and digits joined by single dashes. */
export const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Keeps table, index and policy names well inside PostgreSQL's 63-byte identifiers. */
export const MAX_NAME_LENGTH = 40;

/**
 * Names the entity class must not take: GraphQL's and the kit's types, JavaScript built-ins and
 * TypeScript utility types the generated code uses. (Identifiers the templates import, and types
 * already in the supergraph, are checked by the generator.)
 */
const RESERVED_TYPES = new Set([
  ...['Query', 'Mutation', 'Subscription', 'PageInfo', 'Int', 'Float', 'ID', 'DateTimeISO'],
  ...['Tenant', 'TenantRef', 'AuditEvent'],
  ...['Array', 'BigInt', 'Boolean', 'Date', 'Error', 'Function', 'Iterator', 'JSON', 'Map', 'Math'],
  ...['Number', 'Object', 'Promise', 'Proxy', 'Reflect', 'RegExp', 'Set', 'String', 'Symbol', 'WeakMap'],
  ...['Record', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Awaited', 'ReturnType'],
]);
/** Folder names that are not subgraphs, and schema names PostgreSQL keeps for itself. */
const RESERVED_NAMES = new Set(['gateway', 'admin', 'supergraph', 'public', 'information-schema']);

export class NameError extends Error {
  name = 'NameError';
}

/** @param {string} word */
function singularWord(word) {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word) && !/(us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** @param {string} word */
const cap = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/** @param {string[]} words */
const pascal = (words) => words.map(cap).join('');

/** @param {string[]} words */
const camel = (words) => words[0] + pascal(words.slice(1));

/**
 * @typedef {object} Names
 * @property {string} name         kebab-case subgraph name, folder and package: `skill-records`
 * @property {string} schemaName   PostgreSQL schema: `skill_records`
 * @property {string} envPrefix    environment prefix: `SKILL_RECORDS` (`SKILL_RECORDS_PORT`)
 * @property {string} Plural       `SkillRecords` (buildSkillRecordsSchema, SkillRecordsService)
 * @property {string} plural       list query: `skillRecords`
 * @property {string} Entity       entity class and GraphQL type: `SkillRecord`
 * @property {string} entity       single query, i18n and loader keys: `skillRecord`
 * @property {string} entityKebab  module folder and file prefix: `skill-record`
 * @property {string} table        table: `skill_record`
 * @property {string} label        human label: `skill record`
 * @property {string} Label        human label: `Skill record`
 * @property {string} labelPlural  human label: `skill records`
 * @property {string} LabelPlural  human label: `Skill records`
 */

/**
 * Derives every spelling from a kebab-case name; throws NameError with a readable reason.
 * The entity is the singular of the last word (`skill-records` → `SkillRecord`), or `entity`
 * (PascalCase) when given.
 * @param {string} name
 * @param {string} [entityOverride]
 * @returns {Names}
 */
export function deriveNames(name, entityOverride) {
  if (typeof name !== 'string' || !name) throw new NameError('a subgraph name is required, e.g. members');
  if (!NAME_PATTERN.test(name)) {
    throw new NameError(
      `"${name}" is not a kebab-case name: use lower-case letters, digits and single dashes, starting with a letter (e.g. members, skill-records)`,
    );
  }
  if (name.length > MAX_NAME_LENGTH)
    throw new NameError(`"${name}" is longer than ${MAX_NAME_LENGTH} characters`);
  if (RESERVED_NAMES.has(name) || name.startsWith('pg-')) throw new NameError(`"${name}" is a reserved name`);

  const words = name.split('-');
  let entityWords = [...words.slice(0, -1), singularWord(words[words.length - 1])];
  if (entityOverride !== undefined) {
    if (!/^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)*$/.test(entityOverride)) {
      throw new NameError(`entity "${entityOverride}" is not a PascalCase name (e.g. SkillRecord)`);
    }
    entityWords = entityOverride.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  }
  const Entity = pascal(entityWords);
  if (RESERVED_TYPES.has(Entity)) {
    throw new NameError(
      `the entity would be called ${Entity}, a name that is already taken; pick another name or --entity`,
    );
  }
  const entity = camel(entityWords);
  let plural = camel(words);
  // `staff` has no separate singular: the list query becomes `staffList`, next to `staff(id)`.
  if (plural === entity) plural = `${plural}List`;
  const label = entityWords.join(' ');
  const labelPlural = plural.endsWith('List') ? `${label} records` : words.join(' ');
  return {
    name,
    schemaName: words.join('_'),
    envPrefix: words.join('_').toUpperCase(),
    Plural: cap(plural),
    plural,
    Entity,
    entity,
    entityKebab: entityWords.join('-'),
    table: entityWords.join('_'),
    label,
    Label: cap(label),
    labelPlural,
    LabelPlural: cap(labelPlural),
  };
}
