// The notice of an add under way: its words per phase, and a toast's progress and Cancel
// changed in place (Cancel taken away once saving starts).
import { describe, expect, it } from 'vitest';
import {
  addProgressMessage,
  showAddProgress,
} from '../../src/renderer/features/papers/useAddPaper';
import { ToastStore } from '../../src/renderer/ui/toastStore';
import type { AddProgressEvent, ScholionApi } from '../../src/shared/contract';

describe('the notice of an add under way', () => {
  it('says what the add is doing', () => {
    const at = (phase: AddProgressEvent['phase'], pages?: AddProgressEvent['pages']) =>
      addProgressMessage('a.md', { addId: 'x', phase, fraction: 0, ...(pages ? { pages } : {}) });
    expect(at('reading')).toBe('Reading “a.md”…');
    expect(at('reading', { done: 3, total: 40 })).toBe('Reading “a.md”: page 3 of 40…');
    expect(at('parsing')).toBe('Finding the citations and references of “a.md”…');
    const stage = (s: NonNullable<AddProgressEvent['stage']>) =>
      addProgressMessage('a.md', { addId: 'x', phase: 'parsing', stage: s, fraction: 0.2 });
    expect(stage('reference-list')).toBe('Reading the reference list of “a.md”…');
    expect(stage('citations')).toBe('Finding the citations of “a.md”…');
    expect(stage('layout')).toBe('Laying out the text of “a.md”…');
    expect(stage('placing')).toBe('Placing the citations in the text of “a.md”…');
    expect(at('linking')).toBe('Linking the references of “a.md” to your library…');
    expect(at('writing')).toBe('Saving “a.md”…');
  });

  it('moves its bar with the add’s events, and drops Cancel once saving starts', () => {
    const toasts = new ToastStore();
    let deliver: (p: AddProgressEvent) => void = () => undefined;
    const cancelled: string[] = [];
    const api = {
      cancelAddDocument: async ({ addId }: { addId: string }) => {
        cancelled.push(addId);
        return { cancelled: true };
      },
      onAddProgress: (listener: (p: AddProgressEvent) => void) => {
        deliver = listener;
        return () => (deliver = () => undefined);
      },
    } as unknown as ScholionApi;
    const notice = showAddProgress(api, toasts, 'a.md', 'add-1');
    const toast = () => toasts.current().find((t) => t.id === notice.toast)!;
    expect(toast()).toMatchObject({ message: 'Adding “a.md”…', progress: 0, persist: true });
    deliver({ addId: 'other', phase: 'linking', fraction: 0.7 });
    expect(toast().progress).toBe(0);
    deliver({ addId: 'add-1', phase: 'parsing', fraction: 0.1 });
    expect(toast()).toMatchObject({ progress: 0.1, action: { label: 'Cancel' } });
    toast().action!.run();
    expect(cancelled).toEqual(['add-1']);
    deliver({ addId: 'add-1', phase: 'writing', fraction: 0.85 });
    expect(toast()).toMatchObject({ message: 'Saving “a.md”…', progress: 0.85 });
    expect(toast().action).toBeUndefined();
    notice.stop();
    deliver({ addId: 'add-1', phase: 'done', fraction: 1 });
    expect(toast().progress).toBe(0.85);
  });
});
