export * from './ExportService';
export * from './BoundExport';
export * from './cslResources';
export * from './scopes';
export * from './files';
export * from './SyncBindings';
export * from './writeExportFile';
export * from './BibliographyCache';
