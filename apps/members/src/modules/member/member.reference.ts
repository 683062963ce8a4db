import { referenceResolver } from '@frontline/subgraph-kit';
import { Member } from './member.entity.js';

/** Other subgraphs reference `Member` by id; resolved in one query per request, within scope. */
export const memberReference = referenceResolver(Member, 'member.byId');
