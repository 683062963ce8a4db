import { referenceResolver } from '@frontline/subgraph-kit';
import { Case } from './case.entity.js';

/** Other subgraphs reference `Case` by id (a heard item's case); one query per request, within scope. */
export const caseReference = referenceResolver(Case, 'case.byId');
