/**
 * A tolerant .bib scanner: splits a file into entries with their line numbers, expands @string
 * macros, skips comments, reads the commands @preamble defines, and reports an entry it cannot read by line and key
 * without losing the entries around it (citation-js rejects a whole file for one bad entry).
 */
import type { ParseProblem } from '../types';
import { LineIndex } from './lines';
import {
  readPreambleCommands,
  type PreambleCommand,
  type PreambleCommands,
} from './preambleCommands';

/** One field as written: lower-cased name, value as LaTeX source (macros expanded). */
export interface RawBibField {
  name: string;
  value: string;
}

/** One data entry (not @string/@preamble/@comment). */
export interface RawBibEntry {
  /** Lower-cased entry type ("article", "mvbook"). */
  type: string;
  key: string;
  /** 1-based line of the entry's `@`. */
  line: number;
  fields: RawBibField[];
  warnings: string[];
  /** Commands the file's @preamble defined before this entry (set only when there are some). */
  commands?: PreambleCommands;
}

export interface BibScan {
  entries: RawBibEntry[];
  errors: ParseProblem[];
}

/** Month macros every BibTeX and BibLaTeX style predefines, as BibLaTeX stores them. */
export const MONTH_MACROS: Readonly<Record<string, string>> = {
  jan: '1',
  feb: '2',
  mar: '3',
  apr: '4',
  may: '5',
  jun: '6',
  jul: '7',
  aug: '8',
  sep: '9',
  oct: '10',
  nov: '11',
  dec: '12',
};

class EntryError extends Error {
  constructor(
    message: string,
    /** Offset from which to look for the next entry. */
    readonly resumeAt: number,
  ) {
    super(message);
  }
}

const ENTRY_START = /@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/y;
/** A line that starts an entry: where a runaway value most likely ends. */
const LINE_START_ENTRY = /\n[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/g;
const LINE_START_ENTRY_HERE = /\n[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/y;

/** A lookup table of the ASCII characters in `chars` plus whitespace (9-13, 32). */
function stopTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  for (const c of [9, 10, 11, 12, 13, 32]) table[c] = 1;
  return table;
}
/** Characters that end a field or macro name: whitespace and "#%'(),={} */
const NAME_STOP = stopTable('"#%\'(),={}');
/** Characters that end a citation key: whitespace and ,{}()"=#% */
const KEY_STOP = stopTable(',{}()"=#%');
/** True when `c` (not NaN: the end of the text) ends a name or key per `table`. */
const stops = (table: Uint8Array, c: number): boolean =>
  c !== c || (c < 128 ? table[c] === 1 : c === 160);
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160;
/** The characters a braced or quoted value's scan must look at. */
const BRACED_SCAN = /[\\{}\n]/g;
const QUOTED_SCAN = /[\\{}"\n]/g;
function hasField(fields: readonly RawBibField[], name: string): boolean {
  for (let i = 0; i < fields.length; i++) if (fields[i]!.name === name) return true;
  return false;
}
/** [A-Za-z0-9_-], the characters of an entry type. */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/** Scans `text` into entries and per-entry problems. Never throws on bad input. */
export function scanBib(text: string): BibScan;
/**
 * Streams the entries of `text` to `onEntry` as they are read (none are kept, so a large file's
 * raw entries never pile up); `entries` of the result is then empty.
 */
export function scanBib(text: string, onEntry: (entry: RawBibEntry) => void): BibScan;
export function scanBib(text: string, onEntry?: (entry: RawBibEntry) => void): BibScan {
  return new Scanner(text, onEntry).run();
}

/**
 * A key as it may be shown in a message: null when it holds control characters or undecodable
 * bytes (a binary file read as text), which would print garbage.
 */
function printableKey(key: string | null): string | null {
  if (key === null || key.length > 200) return null;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) return null;
  }
  return key;
}

class Scanner {
  private pos = 0;
  private readonly lines: LineIndex;
  /** Lower-cased field names by their spelling, so each name is one shared string. */
  private readonly names = new Map<string, string>();
  private readonly macros = new Map<string, string>(Object.entries(MONTH_MACROS));
  /** Commands defined by @preamble so far (a copy per preamble, so earlier entries keep theirs). */
  private commands: Map<string, PreambleCommand> | null = null;
  private readonly entries: RawBibEntry[] = [];
  private readonly errors: ParseProblem[] = [];
  private readonly seenKeys = new Map<string, number>();
  private entryLine = 1;
  /** Key of the entry being read, once known (for error messages). */
  private key: string | null = null;

  constructor(
    private readonly text: string,
    private readonly onEntry?: (entry: RawBibEntry) => void,
  ) {
    this.lines = new LineIndex(text);
  }

  run(): BibScan {
    const { text } = this;
    while (this.pos < text.length) {
      const at = this.nextEntryStart(this.pos);
      if (at === -1) break;
      this.pos = at;
      const line = this.lineOf(at);
      this.entryLine = line;
      this.key = null;
      try {
        this.entry();
      } catch (error) {
        if (!(error instanceof EntryError)) throw error;
        const key = printableKey(this.key);
        const who = key === null ? 'entry' : `entry \`${key}\``;
        this.errors.push({ line, key, message: `line ${line}: ${who}: ${error.message}` });
        this.pos = Math.max(error.resumeAt, at + 1);
      }
    }
    return { entries: this.entries, errors: this.errors };
  }

  /** Offset of the next `@type{` outside entries, skipping %-comment lines; -1 when none. */
  private nextEntryStart(from: number): number {
    const { text } = this;
    let i = from;
    while (i < text.length) {
      const at = text.indexOf('@', i);
      if (at === -1) return -1;
      if (this.commentedOut(at)) {
        const eol = text.indexOf('\n', at);
        i = eol === -1 ? text.length : eol + 1;
        continue;
      }
      ENTRY_START.lastIndex = at;
      if (ENTRY_START.test(text)) return at;
      i = at + 1;
    }
    return -1;
  }

  /** True when the line of the `@` at `at` starts (after spaces) with a `%`. */
  private commentedOut(at: number): boolean {
    const { text } = this;
    let i = text.lastIndexOf('\n', at - 1) + 1;
    while (i < at && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i += 1;
    return i < at && text.charCodeAt(i) === 37; /* % */
  }

  /** Reads the entry at `this.pos` (a data entry, or @string/@comment/@preamble). */
  private entry(): void {
    const { text } = this;
    this.pos += 1; // '@'
    this.skipSpace();
    const typeStart = this.pos;
    while (this.pos < text.length && isWordChar(text.charCodeAt(this.pos))) this.pos += 1;
    const type = text.slice(typeStart, this.pos).toLowerCase();
    this.skipSpace();
    const open = text[this.pos];
    const close = open === '(' ? ')' : '}';
    this.pos += 1;
    if (type === 'comment') {
      this.pos = open === '{' ? this.skipBraced(this.pos - 1) : this.pos;
      return;
    }
    if (type === 'preamble') {
      this.skipSpaceAndComments();
      const defined = readPreambleCommands(this.value(null), new Map(this.commands ?? []));
      if (defined.size > 0) this.commands = defined;
      this.expectClose(close);
      return;
    }
    if (type === 'string') {
      this.skipSpaceAndComments();
      const name = this.fieldName();
      if (!name) throw this.fail('@string needs a name, as in @string{eu = {European Union}}');
      this.skipSpaceAndComments();
      if (text[this.pos] !== '=') throw this.fail(`@string \`${name}\` needs "=" after its name`);
      this.pos += 1;
      this.skipSpaceAndComments();
      this.macros.set(name.toLowerCase(), this.value(null, []));
      this.expectClose(close);
      return;
    }
    this.dataEntry(type, close);
  }

  private dataEntry(type: string, close: string): void {
    const { text } = this;
    const line = this.lineOf(this.pos);
    this.skipSpace();
    const keyStart = this.pos;
    while (!stops(KEY_STOP, text.charCodeAt(this.pos))) this.pos += 1;
    const key = text.slice(keyStart, this.pos);
    if (!key) throw this.fail('the entry has no citation key (write it after the "{")');
    this.key = key;
    const entry: RawBibEntry = { type, key, line, fields: [], warnings: [] };
    if (this.commands) entry.commands = this.commands;
    this.skipSpaceAndComments();
    if (text[this.pos] === ',') this.pos += 1;
    else if (text[this.pos] !== close) throw this.fail('expected "," after the citation key');
    for (;;) {
      this.skipSpaceAndComments();
      const c = text[this.pos];
      if (c === close) {
        this.pos += 1;
        break;
      }
      if (c === '@' && !this.entryStartsAt(this.pos)) throw this.unexpected('@');
      if (c === undefined || c === '@') throw this.notClosed(entry, line);
      const nameAt = this.pos;
      const name = this.fieldNameLower();
      if (!name) throw this.fail(`unexpected "${c}" where a field name should be`);
      this.skipSpaceAndComments();
      if (text[this.pos] !== '=') {
        throw this.fail(
          `field \`${name}\` on line ${this.lineOf(nameAt)} needs "=" after its name`,
        );
      }
      this.pos += 1;
      this.skipSpaceAndComments();
      this.lastValueAt = this.pos;
      const value = this.value(name, entry.warnings);
      this.lastName = name;
      this.lastValue = value;
      if (hasField(entry.fields, name)) {
        entry.warnings.push(`field \`${name}\` is given twice; the first value is kept`);
      } else {
        entry.fields.push({ name, value });
      }
      this.skipSpaceAndComments();
      if (text[this.pos] === ',') this.pos += 1;
      else if (text[this.pos] !== close) {
        if (this.pos >= text.length || text[this.pos] === '@') throw this.notClosed(entry, line);
        throw this.fail(`expected "," or "${close}" after the value of \`${name}\``);
      }
    }
    const firstLine = this.seenKeys.get(key);
    if (firstLine !== undefined) {
      throw new EntryError(
        `the key is used again (first on line ${firstLine}); this entry was left out`,
        this.pos,
      );
    }
    this.seenKeys.set(key, line);
    if (this.onEntry) this.onEntry(entry);
    else this.entries.push(entry);
  }

  /** True when `@type{` (a new entry) starts at `at`, rather than a stray `@`. */
  private entryStartsAt(at: number): boolean {
    ENTRY_START.lastIndex = at;
    return ENTRY_START.test(this.text);
  }

  /** "unexpected "@" at line 361, column 5", as pandoc and biber say it. */
  private unexpected(c: string): EntryError {
    const line = this.lineOf(this.pos);
    const column = this.pos - this.text.lastIndexOf('\n', this.pos - 1);
    return this.fail(
      `unexpected "${c}" at line ${line}, column ${column}, where a field name should be (remove it, or close the entry before it)`,
      true,
    );
  }

  /** The last field read in the current entry (where a runaway value most likely started). */
  private lastName = '';
  private lastValue = '';
  private lastValueAt = 0;

  /** The error for an entry that runs into the next one or the end of the file. */
  private notClosed(entry: RawBibEntry, line: number): EntryError {
    if (entry.fields.length > 0 && /\n\s*[\w-]+\s*=/.test(this.lastValue)) {
      return new EntryError(
        `missing closing brace: the value of \`${this.lastName}\` opened on line ${this.lineOf(this.lastValueAt)} runs on over the fields after it`,
        this.pos,
      );
    }
    return this.missingClose('the entry', line);
  }

  /** A value: parts joined by `#`, each {braced}, "quoted", a number or a macro name. */
  private value(field: string | null, warnings: string[] = []): string {
    const { text } = this;
    let out = '';
    for (;;) {
      const c = text[this.pos];
      if (c === '{') {
        const end = this.skipBraced(this.pos, field);
        out += text.slice(this.pos + 1, end - 1);
        this.pos = end;
      } else if (c === '"') {
        const end = this.skipQuoted(this.pos, field);
        out += text.slice(this.pos + 1, end - 1);
        this.pos = end;
      } else if (c !== undefined && c >= '0' && c <= '9') {
        const start = this.pos;
        while (text[this.pos]! >= '0' && text[this.pos]! <= '9') this.pos += 1;
        out += text.slice(start, this.pos);
      } else {
        const name = this.fieldName();
        if (!name) {
          const what = field ? `the value of \`${field}\`` : 'a value';
          throw this.fail(
            c === undefined ? `${what} is missing` : `unexpected "${c}" where ${what} should be`,
          );
        }
        const expansion = this.macros.get(name.toLowerCase());
        if (expansion === undefined) {
          warnings.push(`@string \`${name}\` is not defined; its name was kept as the value`);
          out += name;
        } else out += expansion;
      }
      this.skipSpaceAndComments();
      if (text[this.pos] !== '#') return out;
      this.pos += 1;
      this.skipSpaceAndComments();
    }
  }

  /** Offset just past the `}` matching the `{` at `start`; throws when it is never closed. */
  private skipBraced(start: number, field: string | null = null): number {
    const { text } = this;
    let depth = 0;
    // The regex jumps over plain text natively, which matters for long values (abstracts).
    BRACED_SCAN.lastIndex = start;
    while (BRACED_SCAN.test(text)) {
      const i = BRACED_SCAN.lastIndex - 1;
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) BRACED_SCAN.lastIndex = i + 2;
      else if (c === 123 /* { */) depth += 1;
      else if (c === 125 /* } */) {
        depth -= 1;
        if (depth === 0) return i + 1;
      } else if (this.entryStartsAfter(i)) {
        throw this.runaway(start, field, i);
      }
    }
    throw this.runaway(start, field, text.length);
  }

  /** Offset just past the closing `"` (at brace depth 0) of the quoted value at `start`. */
  private skipQuoted(start: number, field: string | null): number {
    const { text } = this;
    let depth = 0;
    QUOTED_SCAN.lastIndex = start + 1;
    while (QUOTED_SCAN.test(text)) {
      const i = QUOTED_SCAN.lastIndex - 1;
      const c = text.charCodeAt(i);
      if (c === 92) QUOTED_SCAN.lastIndex = i + 2;
      else if (c === 123) depth += 1;
      else if (c === 125) depth = Math.max(0, depth - 1);
      else if (c === 34 /* " */) {
        if (depth === 0) return i + 1;
      } else if (this.entryStartsAfter(i)) throw this.runaway(start, field, i, '"');
    }
    throw this.runaway(start, field, text.length, '"');
  }

  /** True when the line after the newline at `i` starts a new entry (`@article{`). */
  private entryStartsAfter(i: number): boolean {
    LINE_START_ENTRY_HERE.lastIndex = i;
    return LINE_START_ENTRY_HERE.test(this.text);
  }

  private runaway(start: number, field: string | null, resumeAt: number, mark = '{'): EntryError {
    const what = field ? `the value of \`${field}\`` : 'a value';
    const closer = mark === '"' ? 'closing quote' : 'closing brace';
    return new EntryError(
      `missing ${closer}: ${what} opened with ${mark} on line ${this.lineOf(start)} is never closed`,
      resumeAt,
    );
  }

  private missingClose(what: string, line: number): EntryError {
    return new EntryError(
      `missing closing brace: ${what} opened on line ${line} is never closed`,
      this.pos,
    );
  }

  private fail(message: string, namesItsLine = false): EntryError {
    const at = this.lineOf(this.pos);
    LINE_START_ENTRY.lastIndex = this.pos;
    const next = LINE_START_ENTRY.exec(this.text);
    const suffix = at === this.entryLine || namesItsLine ? '' : ` (line ${at})`;
    return new EntryError(message + suffix, next ? next.index : this.text.length);
  }

  private expectClose(close: string): void {
    this.skipSpaceAndComments();
    if (this.text[this.pos] !== close) throw this.fail(`expected "${close}" to end the entry`);
    this.pos += 1;
  }

  private fieldName(): string {
    const { text } = this;
    const start = this.pos;
    while (!stops(NAME_STOP, text.charCodeAt(this.pos))) this.pos += 1;
    return text.slice(start, this.pos);
  }

  /** A field name, lower-cased, as one shared string per spelling. */
  private fieldNameLower(): string {
    const written = this.fieldName();
    let name = this.names.get(written);
    if (name === undefined) {
      name = written.toLowerCase();
      this.names.set(written, name);
    }
    return name;
  }

  private skipSpace(): void {
    const { text } = this;
    while (isSpace(text.charCodeAt(this.pos))) this.pos += 1;
  }

  /** Skips whitespace and %-comments between fields (biber reads them as comments). */
  private skipSpaceAndComments(): void {
    const { text } = this;
    for (;;) {
      this.skipSpace();
      if (text[this.pos] !== '%') return;
      const eol = text.indexOf('\n', this.pos);
      this.pos = eol === -1 ? text.length : eol + 1;
    }
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    return this.lines.lineOf(offset);
  }
}
