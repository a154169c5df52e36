export * from './ExportService';
export * from './BoundExport';
export * from './cslResources';
