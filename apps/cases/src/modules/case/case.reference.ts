import { referenceResolver } from '@frontline/subgraph-kit';
import { Case } from './case.entity.js';

/** Other subgraphs reference `Case` by id; resolved in one query per request, within scope. */
export const caseReference = referenceResolver(Case, 'case.byId');
