import 'reflect-metadata';
import { stopOnSignals } from '@frontline/subgraph-kit';
import { loadActivitiesConfig, startActivitiesService } from './app.js';

const service = await startActivitiesService(loadActivitiesConfig());
stopOnSignals('activities', () => service.close());
