// App-wide requests for the export, copy-citation and import dialogs: a button anywhere asks,
// and the one host (ExchangeHost) shows the dialog, which outlives the card or row that asked.
import { useSyncExternalStore } from 'react';
import type { ExportTargetInput, ImportPlanView, ScholionApi } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { Signal } from '../../ui/signal';

/** One citation of a work, with the page or other locator cited. */
export interface CiteRequest {
  key: string;
  locator?: string;
}

export type ExchangeRequest =
  | {
      kind: 'export';
      target: ExportTargetInput;
      /** What the target is, for the dialog: "Betts 2011c", "the reading list “Draft”". */
      what: string;
    }
  | { kind: 'citation'; cites: CiteRequest[]; what: string }
  | { kind: 'import'; plan: ImportPlanView }
  /** Ask for a file to import (when the file picker cannot open by itself). */
  | { kind: 'choose-import' };

// One pending request per API object (the app has one; each component test its own).
const signals = new WeakMap<ScholionApi, Signal<ExchangeRequest | null>>();

function signalOf(api: ScholionApi): Signal<ExchangeRequest | null> {
  let signal = signals.get(api);
  if (!signal) signals.set(api, (signal = new Signal<ExchangeRequest | null>(null)));
  return signal;
}

/** Opens a dialog of the exchange host (replacing any open one). */
export function useOpenExchange(): (request: ExchangeRequest) => void {
  const { api } = useApiContext();
  return signalOf(api).set;
}

/** The pending request and a way to close it, for the host. */
export function useExchangeRequest(): [ExchangeRequest | null, () => void] {
  const { api } = useApiContext();
  const signal = signalOf(api);
  const request = useSyncExternalStore(signal.subscribe, signal.get);
  return [request, () => signal.set(null)];
}
