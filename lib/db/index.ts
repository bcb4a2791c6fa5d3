export * from './database';
export * from './library';
