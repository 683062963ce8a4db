import 'reflect-metadata';
import { stopOnSignals } from '@frontline/subgraph-kit';
import { loadMembersConfig, startMembersService } from './app.js';

const service = await startMembersService(loadMembersConfig());
stopOnSignals('members', () => service.close());
