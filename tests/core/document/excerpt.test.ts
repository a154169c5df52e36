// Excerpt end and trailing scraping residue on synthetic documents.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';
import { expectConsistentOffsets } from './helpers';

const HEAD = '# A Title\n\n*Ann Author, Some University*\n\n## Introduction\n\n';

describe('excerpt end', () => {
  it('gives a complete document no excerpt and drops nothing', () => {
    const doc = parseDocument(
      `${HEAD}The paper says something.\n\n## Conclusion\n\nIt ends properly.\n`,
    );
    expect(doc.meta.excerpt).toBeNull();
    expect(doc.meta.droppedResidue).toBeUndefined();
    expect(doc.blocks.at(-1)!.text).toBe('It ends properly.');
  });

  it('marks a text that stops mid-sentence as an excerpt even without residue', () => {
    const doc = parseDocument(`${HEAD}First sentence. As we shall show, the policy combines the\n`);
    expect(doc.meta.excerpt).toEqual({
      endsAt: doc.text.length,
      lastWords: 'As we shall show, the policy combines the',
      droppedResidue: 'nothing',
    });
  });

  it('drops a trailing notice in another script and a bare link, and describes them', () => {
    const doc = parseDocument(
      `${HEAD}It stops in the middle of the\n\n预览已结束，完整报告链接和二维码如下：\n\n[https://example.cn/report?id=5\\_1](https://example.cn/report?id=5_1)\n`,
    );
    expect(doc.text).toBe('Introduction\n\nIt stops in the middle of the');
    expect(doc.meta.excerpt?.lastWords).toBe('It stops in the middle of the');
    expect(doc.meta.excerpt?.droppedResidue).toBe(
      "scraping residue after the text: 1 line in Han script (not the document's Latin script) and an external link",
    );
    expect(doc.meta.droppedResidue).toBe(doc.meta.excerpt?.droppedResidue);
    expectConsistentOffsets(doc);
  });

  it('drops trailing residue after a complete text without calling it an excerpt', () => {
    const doc = parseDocument(`${HEAD}A complete ending.\n\n<https://example.org/more>\n`);
    expect(doc.meta.excerpt).toBeNull();
    expect(doc.meta.droppedResidue).toBe('scraping residue after the text: an external link');
    expect(doc.text).not.toContain('example.org');
  });

  it('keeps links and other scripts that are inside the body', () => {
    const doc = parseDocument(
      `${HEAD}<https://example.org/inside>\n\nThe term 伙伴关系 means partnership.\n\nThe end.\n`,
    );
    expect(doc.text).toContain('https://example.org/inside');
    expect(doc.text).toContain('伙伴关系');
    expect(doc.meta.droppedResidue).toBeUndefined();
  });

  it('limits lastWords to the last sentence fragment', () => {
    const doc = parseDocument(`${HEAD}Done. ${'word '.repeat(30)}and then\n`);
    expect(doc.meta.excerpt!.lastWords.split(' ')).toHaveLength(12);
    expect(doc.meta.excerpt!.lastWords).toMatch(/word and then$/);
  });
});
