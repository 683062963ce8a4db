import { referenceResolver } from '@frontline/subgraph-kit';
import { Activity } from './activity.entity.js';

/** Other subgraphs reference `Activity` by id; resolved in one query per request, within scope. */
export const activityReference = referenceResolver(Activity, 'activity.byId');
