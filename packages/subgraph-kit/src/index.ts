import 'reflect-metadata';

export * from './audit.js';
export * from './config.js';
export * from './context.js';
export * from './errors.js';
export * from './federation.js';
export * from './http.js';
export * from './i18n.js';
export * from './loaders.js';
export * from './logger.js';
export * from './migration-cli.js';
export * from './orm.js';
export * from './pagination.js';
export * from './pii.js';
export * from './process.js';
export * from './reference.js';
export * from './subgraph.js';
export * from './tenancy.js';
