export * from './followJournal';
