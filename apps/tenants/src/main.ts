import 'reflect-metadata';
import { stopOnSignals } from '@frontline/subgraph-kit';
import { loadTenantsConfig, startTenantsService } from './app.js';

const service = await startTenantsService(loadTenantsConfig());
stopOnSignals('tenants', () => service.close());
