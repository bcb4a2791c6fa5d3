export * from './schema';
export * from './errors';
export * from './parse';
