/** The works list's digest of each stored work (see digests.ts): its listing, cached per shard. */
import { workListing, type WorkListing } from '../../core/bibliography/listing';
import { LISTING_FIELDS, ListingColumns } from '../../core/bibliography/packed/listingColumns';
import type { Work } from '../../core/bibliography/model';
import type { DigestSpec } from '../digests';

export const worksListingSpec: DigestSpec<Work, WorkListing> = {
  name: 'works-listing',
  // 2: filterText (every name, editors, container, tags) for the bibliography filter.
  // 3: tags, for the table's tag column and the tag list.
  // 4: container, addedAt and modifiedAt for the bibliography's chosen columns.
  // 5: filterText holds the spelled-out form (koehler) only of the words where it differs.
  // 6: authorNames, from which search shows a work's hit (see SearchIndex.shareWorkHits).
  version: 6,
  of: workListing,
  fields: LISTING_FIELDS,
  // Held packed, a shard's listings in columns (see ListingColumns): at 100,000 works, 48 MB
  // instead of the 68 MB of an object and its strings per work.
  pack: (count, column) => new ListingColumns(count, column).rows(),
};
