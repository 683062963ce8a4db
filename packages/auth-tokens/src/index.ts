export * from './claims.js';
export * from './keys.js';
export * from './tokens.js';
