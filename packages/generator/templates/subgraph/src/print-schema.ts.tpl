import 'reflect-metadata';
import { build__Plural__Schema } from './schema.js';

// Build step: the SDL this subgraph contributes to the supergraph (no database needed).
const { sdl } = await build__Plural__Schema();
process.stdout.write(`${sdl}\n`);
