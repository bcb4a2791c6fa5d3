export * from './schema';
export * from './errors';
export * from './parse';
export * from './csv';
export * from './export';
export * from './plan-hash';
export * from './plan';
