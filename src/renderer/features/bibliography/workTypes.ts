// Work types as people name them ("Journal article" for CSL's article-journal).
import { CSL_TYPES } from '../../../core/bibliography/schema';

const LABELS: Record<string, string> = {
  article: 'Preprint or article',
  'article-journal': 'Journal article',
  'article-magazine': 'Magazine article',
  'article-newspaper': 'Newspaper article',
  'paper-conference': 'Conference paper',
  'entry-dictionary': 'Dictionary entry',
  'entry-encyclopedia': 'Encyclopedia entry',
  legal_case: 'Legal case',
  motion_picture: 'Film',
  musical_score: 'Musical score',
  personal_communication: 'Personal communication',
  'post-weblog': 'Blog post',
  'review-book': 'Book review',
  webpage: 'Web page',
};

/** "Journal article" for "article-journal"; other types spelled out ("legislation" → "Legislation"). */
export function typeLabel(type: string): string {
  const known = LABELS[type];
  if (known) return known;
  const words = type.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every CSL type with its label, the most common first, then A→Z. */
export const TYPE_OPTIONS: readonly { type: string; label: string }[] = (() => {
  const common = [
    'article-journal',
    'book',
    'chapter',
    'paper-conference',
    'report',
    'thesis',
    'webpage',
    'dataset',
    'legislation',
    'manuscript',
  ];
  const rest = CSL_TYPES.filter((t) => !common.includes(t))
    .map((type) => ({ type, label: typeLabel(type) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [...common.map((type) => ({ type, label: typeLabel(type) })), ...rest];
})();
