/** Data health methods: what recovery did and which background saves failed, and acknowledging them. */
import type { RecoveryOutputs } from '../../shared/contract';
import type { DataHealthMonitor } from '../dataHealth';
import type { HandlersOf } from './types';

/** Binds the data health methods to the monitor of the data folder. */
export function recoveryHandlers(health: DataHealthMonitor): HandlersOf<keyof RecoveryOutputs> {
  return {
    getDataHealth: async () => health.report(),
    acknowledgeDataHealth: async ({ ids }) => health.acknowledge(ids),
  };
}
