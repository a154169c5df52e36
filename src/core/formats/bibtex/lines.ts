/** Line numbers of offsets in a text, for messages that name the line. */
export class LineIndex {
  /** Offsets where lines start; built only when a line is asked for behind the cursor. */
  private starts: number[] | null = null;
  /** Lookups mostly move forward (a file is read in order): the offset last reached, its line. */
  private cursor = 0;
  private lineAtCursor = 1;

  constructor(private readonly text: string) {}

  /** 1-based line of `offset`. */
  lineOf(offset: number): number {
    const { text } = this;
    if (offset >= this.cursor) {
      let line = this.lineAtCursor;
      for (let i = text.indexOf('\n', this.cursor); i !== -1 && i < offset;) {
        line += 1;
        i = text.indexOf('\n', i + 1);
      }
      this.cursor = offset;
      this.lineAtCursor = line;
      return line;
    }
    if (this.starts === null) {
      const starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
