export * from './TrashService';
