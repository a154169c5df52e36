export * from './SettingsService';
