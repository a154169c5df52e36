// Starts the PDF worker from its TypeScript source, for the CLI, tests and the bench (which run
// from src/ through tsx). The built app starts the bundled out/main/pdfWorker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./pdfWorker.ts');
