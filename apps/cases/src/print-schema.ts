import 'reflect-metadata';
import { buildCasesSchema } from './schema.js';

// Build step: the SDL this subgraph contributes to the supergraph (no database needed).
const { sdl } = await buildCasesSchema();
process.stdout.write(`${sdl}\n`);
