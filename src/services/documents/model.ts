// The documents service's answers are core's document views.
export {
  summaryOf,
  type DocumentReference,
  type DocumentSummary,
  type DocumentView,
} from '../../core/paper/documentView';
