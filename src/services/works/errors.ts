/** The error a bad field of a work raises: one line naming the field; nothing was written. */
import type { WorkFieldProblem } from '../../core/works/validate';
import { ServiceError } from '../errors';

export class WorkFieldError extends ServiceError {
  constructor(readonly problems: readonly WorkFieldProblem[]) {
    const [first] = problems;
    const more =
      problems.length > 1
        ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})`
        : '';
    super('invalid', `${first?.message ?? 'the work is not valid'}${more}`);
    this.name = 'WorkFieldError';
  }

  /** The field of the first problem. */
  get field(): string {
    return this.problems[0]?.field ?? '';
  }
}

/** Throws a WorkFieldError when there are problems. */
export function throwProblems(problems: readonly WorkFieldProblem[]): void {
  if (problems.length > 0) throw new WorkFieldError(problems);
}
