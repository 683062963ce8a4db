import { stopOnSignals } from '@frontline/subgraph-kit';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';

const gateway = await startGateway(loadGatewayConfig());
stopOnSignals('gateway', () => gateway.close());
