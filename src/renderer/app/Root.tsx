// Providers around the app: the contract API and navigation.
import type { ScholionApi } from '../../shared/contract';
import { ApiProvider } from '../api/ApiProvider';
import { App } from './App';
import { NavigationProvider, type ViewId } from './navigation';

/** The whole renderer, given the API (window.scholion in the app, a fake in tests). */
export function Root({ api, initialView }: { api: ScholionApi; initialView?: ViewId }) {
  return (
    <ApiProvider api={api}>
      <NavigationProvider initialView={initialView}>
        <App />
      </NavigationProvider>
    </ApiProvider>
  );
}
