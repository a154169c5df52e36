// The stances a work can take on a user's claim, after scite: supporting, contrasting, mentioning.
import type { Stance } from '../../../shared/contract';

export const STANCE_ORDER: readonly Stance[] = ['supporting', 'contrasting', 'mentioning'];

export const STANCE_LABELS: Record<Stance, string> = {
  supporting: 'Supporting',
  contrasting: 'Contrasting',
  mentioning: 'Mentioning',
};
