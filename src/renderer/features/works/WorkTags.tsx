// A work's tags in its detail pane: each removable, a field to add more (suggesting the
// library's tags). Changes are saved at once and can be undone from the toast.
import { useId, useState } from 'react';
import { useToastStore } from '../../api/userData';
import { useWorkChanges, useWorkTags } from '../../api/workEdits';

export function WorkTags({ workKey, tags }: { workKey: string; tags: readonly string[] }) {
  const changes = useWorkChanges();
  const toasts = useToastStore();
  const known = useWorkTags();
  const [draft, setDraft] = useState('');
  const listId = useId();

  const tag = (add: string[], remove: string[]) =>
    changes.run((api) => api.tagWorks({ keys: [workKey], add, remove }));

  const addDraft = async () => {
    const added = draft
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !tags.includes(t));
    if (added.length === 0) return setDraft('');
    if (await tag(added, [])) setDraft('');
  };

  return (
    <section className="work-tags" aria-labelledby={`${listId}-title`}>
      <h3 id={`${listId}-title`} className="pane__label">
        Tags
      </h3>
      <ul className="tag-list tag-list--editable">
        {tags.map((t) => (
          <li key={t} className="tag">
            {t}
            <button
              type="button"
              className="tag__remove"
              aria-label={`Remove tag ${t}`}
              onClick={async () => {
                if (await tag([], [t]))
                  toasts.show(`Tag “${t}” removed.`, {
                    action: { label: 'Undo', run: () => void tag([t], []) },
                  });
              }}
            >
              ×
            </button>
          </li>
        ))}
        <li className="work-tags__add">
          <input
            className="input input--tag"
            aria-label="Add a tag"
            placeholder={tags.length ? 'Add tag' : 'Add a tag'}
            list={listId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void addDraft();
              }
            }}
          />
          <datalist id={listId}>
            {known.status === 'ready' &&
              known.data
                .filter((t) => !tags.includes(t.tag))
                .map((t) => <option key={t.tag} value={t.tag} />)}
          </datalist>
        </li>
      </ul>
    </section>
  );
}
