import { describe, expect, it } from 'vitest';
import { detectFileKind, notAPaperMessage } from '../../../src/core/files';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('detectFileKind', () => {
  it('knows a PDF by its header, even after junk bytes', () => {
    expect(detectFileKind(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({ kind: 'pdf' });
    expect(detectFileKind(text('garbage\r\n%PDF-1.4\n'))).toEqual({ kind: 'pdf' });
  });

  it('names archives, images and programs by their magic bytes', () => {
    expect(detectFileKind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0))).toMatchObject({
      kind: 'other',
      what: expect.stringContaining('ZIP archive'),
    });
    expect(detectFileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toEqual({
      kind: 'other',
      what: 'a PNG image',
    });
    expect(detectFileKind(bytes(0x1f, 0x8b, 8, 0))).toEqual({
      kind: 'other',
      what: 'a gzip archive',
    });
    expect(detectFileKind(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1))).toMatchObject({ kind: 'other' });
  });

  it('reads UTF-8 text (Markdown with accents) and UTF-16 with a byte-order mark as text', () => {
    expect(detectFileKind(text('# Lavenex & Panizzon\n\nGenève, Zürich — “quotes”.\n'))).toEqual({
      kind: 'text',
      encoding: 'utf-8',
    });
    expect(detectFileKind(bytes(0xff, 0xfe, 0x41, 0))).toEqual({
      kind: 'text',
      encoding: 'utf-16le',
    });
  });

  it('calls bytes that are neither text nor a known format a binary file', () => {
    const noise = new Uint8Array(512).map((_, i) => (i * 131 + 7) % 256);
    expect(detectFileKind(noise)).toEqual({ kind: 'other', what: 'a binary file' });
  });

  it('says in one line what the file is and what is read', () => {
    const message = notAPaperMessage('some.zip', 'a ZIP archive');
    expect(message).toMatch(/^some\.zip is a ZIP archive, not a paper/);
    expect(message).not.toContain('\n');
  });
});
