// Where a work's record came from, said in a sentence.
import type { WorkProvenance } from '../../../core/bibliography/model';

/** "Imported from my references.bib on 28 Nov 2026.", "You entered this record." */
export function describeProvenance(provenance: WorkProvenance): string {
  if (provenance.kind === 'bundled') return 'This record ships with Scholion.';
  if (provenance.kind === 'user') return 'You entered this record.';
  if (provenance.kind === 'reference-list') {
    return `Made from the reference list of ${provenance.document ?? 'a paper you added'}.`;
  }
  const when = provenance.addedAt ? new Date(provenance.addedAt) : null;
  const date =
    when && !Number.isNaN(when.getTime())
      ? ` on ${when.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}`
      : '';
  return `You imported this record${provenance.file ? ` from ${provenance.file}` : ''}${date}.`;
}
