import { ConnectionType } from '@frontline/subgraph-kit';
import { Activity } from './activity.entity.js';

export const ActivityConnection = ConnectionType(Activity, 'Activity');
