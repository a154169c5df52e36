export * from './analysePaper';
export * from './workSummaries';
export * from './citedYear';
export * from './analysePaperWithReferences';
