import 'reflect-metadata';
import { stopOnSignals } from '@frontline/subgraph-kit';
import { loadCasesConfig, startCasesService } from './app.js';

const service = await startCasesService(loadCasesConfig());
stopOnSignals('cases', () => service.close());
