import 'reflect-metadata';
import { buildMembersSchema } from './schema.js';

// Build step: the SDL this subgraph contributes to the supergraph (no database needed).
const { sdl } = await buildMembersSchema();
process.stdout.write(`${sdl}\n`);
