/** The format registry is the one list: contract enums, file types and CLI usage derive from it. */
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT_IDS,
  FILE_FORMATS,
  IMPORT_FORMAT_IDS,
  OUTPUT_FORMAT_IDS,
  STYLE_IDS,
} from '../../../src/core/formats/registry';
import { commands } from '../../../src/cli/commands';
import { exportFileType } from '../../../src/services/export';
import { BUNDLED_STYLE_FILES } from '../../../src/services/export/cslResources';
import {
  bibliographyOutputSchema,
  exportFileFormatSchema,
  listExportFormatSchema,
  StyleIdSchema,
} from '../../../src/shared/contract';

describe('format registry', () => {
  it('the contract accepts exactly the registry ids', () => {
    expect(exportFileFormatSchema.options).toEqual([...EXPORT_FORMAT_IDS]);
    expect(listExportFormatSchema.options).toEqual([...EXPORT_FORMAT_IDS]);
    expect(bibliographyOutputSchema.options).toEqual([...OUTPUT_FORMAT_IDS]);
    expect(StyleIdSchema.options).toEqual([...STYLE_IDS]);
  });

  it('save dialogs take extension and media type from the registry', () => {
    for (const id of EXPORT_FORMAT_IDS) {
      expect(exportFileType(id)).toEqual({
        extension: FILE_FORMATS[id].extension,
        mimeType: FILE_FORMATS[id].mediaType,
        label: FILE_FORMATS[id].shortLabel,
      });
    }
    expect(Object.keys(BUNDLED_STYLE_FILES)).toEqual([...STYLE_IDS]);
  });

  it('the CLI usage names every format', () => {
    for (const id of [...EXPORT_FORMAT_IDS, ...OUTPUT_FORMAT_IDS]) {
      expect(commands.export!.usage).toContain(id);
    }
    expect(IMPORT_FORMAT_IDS).toEqual(['bibtex', 'ris', 'csl-json']);
  });

  it('says what classic BibTeX cannot carry, and that BibLaTeX keeps everything', () => {
    expect(FILE_FORMATS.bibtex.limits).toMatch(/days.*patents/);
    expect(FILE_FORMATS.biblatex.limits).toBeNull();
  });
});
