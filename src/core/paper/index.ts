export * from './analysePaper';
export * from './workSummaries';
export * from './citedYear';
export * from './readPaper';
export * from './referenceTools';
export * from './corrections';
export * from './documentView';
export * from './analysePaperWithReferences';
