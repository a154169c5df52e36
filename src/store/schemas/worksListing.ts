/** The works list's digest of each stored work (see digests.ts): its listing, cached per shard. */
import { workListing, type WorkListing } from '../../core/bibliography/listing';
import type { Work } from '../../core/bibliography/model';
import type { DigestSpec } from '../digests';

export const worksListingSpec: DigestSpec<Work, WorkListing> = {
  name: 'works-listing',
  // 2: filterText (every name, editors, container, tags) for the bibliography filter.
  // 3: tags, for the table's tag column and the tag list.
  // 4: container, addedAt and modifiedAt for the bibliography's chosen columns.
  // 5: filterText holds the spelled-out form (koehler) only of the words where it differs.
  version: 5,
  of: workListing,
  fields: [
    'key',
    'label',
    'title',
    'authorsShort',
    'year',
    'type',
    'confidence',
    'provenance',
    'importedFrom',
    'aliases',
    'container',
    'addedAt',
    'modifiedAt',
    'tags',
    'filterText',
  ],
  // Values most works share (100,000 copies of "article-journal" or of one import's file name
  // and time cost ~20 MB): one string each.
  repeated: ['year', 'type', 'confidence', 'provenance', 'importedFrom', 'container', 'addedAt'],
};
