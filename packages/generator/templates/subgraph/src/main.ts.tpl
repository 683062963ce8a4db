import 'reflect-metadata';
import { stopOnSignals } from '@frontline/subgraph-kit';
import { load__Plural__Config, start__Plural__Service } from './app.js';

const service = await start__Plural__Service(load__Plural__Config());
stopOnSignals('__name__', () => service.close());
