import 'reflect-metadata';
import { buildTenantsSchema } from './schema.js';

// Build step: the SDL this subgraph contributes to the supergraph (no database needed).
const { sdl } = await buildTenantsSchema();
process.stdout.write(`${sdl}\n`);
