import 'reflect-metadata';
import { buildActivitiesSchema } from './schema.js';

// Build step: the SDL this subgraph contributes to the supergraph (no database needed).
const { sdl } = await buildActivitiesSchema();
process.stdout.write(`${sdl}\n`);
