export * from './check';
export { DEFAULT_PATTERNS, DISTINCTIVE, type BuiltInRule, type ComplianceCategory } from './defaults';
export { complianceViews } from './skeleton';
