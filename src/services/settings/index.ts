export * from './SettingsService';
export * from './bibliographySettings';
