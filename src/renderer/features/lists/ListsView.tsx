// Reading lists: the lists on the left (create one here), the chosen list on the right.
import { useState } from 'react';
import { useReadingLists, useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { ErrorNote, Loading } from '../../ui/Status';
import { ListDetail } from './ListDetail';

export function ListsView() {
  const lists = useReadingLists();
  const nav = useNavigation();
  const { run } = useUserDataActions();
  const [name, setName] = useState('');

  const create = async () => {
    const clean = name.trim();
    if (!clean) return;
    const list = await run((api) => api.createReadingList({ name: clean }), ['lists']);
    if (list) {
      setName('');
      nav.selectList(list.id);
    }
  };

  if (lists.status === 'error') return <ErrorNote error={lists.error} what="your reading lists" />;
  if (lists.status === 'loading') return <Loading what="your reading lists" />;
  const selected =
    lists.data.find((l) => l.id === nav.selectedListId) ??
    (nav.selectedListId === null ? lists.data[0] : undefined);

  return (
    <div className="lists">
      <section className="lists__index" aria-labelledby="lists-title">
        <header className="view-header">
          <h1 id="lists-title" className="view-title" tabIndex={-1}>
            Reading lists
          </h1>
        </header>
        <form
          className="lists__new"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label className="visually-hidden" htmlFor="new-list-name">
            Name of a new list
          </label>
          <input
            id="new-list-name"
            className="filter__input"
            value={name}
            maxLength={200}
            placeholder="New list name"
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button" disabled={!name.trim()}>
            Create list
          </button>
        </form>
        {lists.data.length === 0 ? (
          <p className="muted empty">No reading lists yet.</p>
        ) : (
          <ul className="lists__names">
            {lists.data.map((list) => (
              <li key={list.id}>
                <button
                  type="button"
                  className="lists__name"
                  aria-current={list.id === selected?.id ? 'true' : undefined}
                  onClick={() => nav.selectList(list.id)}
                >
                  <span>{list.name}</span>
                  <span className="muted">{list.items.length}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="lists__detail pane" aria-label="Selected list">
        {selected ? (
          <ListDetail key={selected.id} list={selected} />
        ) : (
          <p className="muted empty">Create a list, or choose one.</p>
        )}
      </section>
    </div>
  );
}
