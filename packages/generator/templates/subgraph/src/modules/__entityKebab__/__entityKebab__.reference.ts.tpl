import { referenceResolver } from '@frontline/subgraph-kit';
import { __Entity__ } from './__entityKebab__.entity.js';

/** Other subgraphs reference `__Entity__` by id; resolved in one query per request, within scope. */
export const __entity__Reference = referenceResolver(__Entity__, '__entity__.byId');
