export * from './protocol';
export * from './receive';
