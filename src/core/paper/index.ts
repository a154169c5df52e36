export * from './analysePaper';
export * from './workSummaries';
