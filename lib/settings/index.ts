export * from './schema';
export * from './stored';
