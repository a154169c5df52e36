// The native menu's commands (File > Import…, View > Reader, ...) as a React subscription.
import { useEffect, useRef } from 'react';
import type { MenuCommandListener } from '../../shared/contract';
import { getMenuCommandSource } from './scholion';

/**
 * Calls `handler` with each command of the native menu for as long as the caller is mounted.
 * Subscribes once; the latest `handler` is called, so callers need not memoise it. Mount it in
 * one place (the app), or each command would run twice.
 */
export function useMenuCommands(handler: MenuCommandListener): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const subscribe = getMenuCommandSource();
    return subscribe?.((command) => latest.current(command));
  }, []);
}
