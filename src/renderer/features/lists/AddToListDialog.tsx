// "Add to list…": puts works on an existing reading list or on a new one.
import { useState } from 'react';
import type { ScholionApi } from '../../../shared/contract';
import {
  useAddToList,
  useAddToListRequest,
  useReadingLists,
  useUserDataActions,
} from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { Modal } from '../../ui/Modal';

interface Props {
  workKeys: readonly string[];
  /** What is being added, for the title ("Betts 2011c", "3 works"). */
  what: string;
  onClose: () => void;
}

export function AddToListDialog({ workKeys, what, onClose }: Props) {
  const lists = useReadingLists();
  const nav = useNavigation();
  const { run, toasts } = useUserDataActions();
  const [name, setName] = useState('');

  const addTo = async (listId: (api: ScholionApi) => Promise<string | null>) => {
    const result = await run(
      async (api) => {
        const id = await listId(api);
        return id ? api.addToReadingList({ listId: id, workKeys: [...workKeys] }) : undefined;
      },
      ['lists'],
    );
    if (!result) return;
    onClose();
    const { list, added, alreadyPresent } = result;
    const counted = (n: number) => (n === 1 ? '1 work' : `${n} works`);
    const message = added.length
      ? `Added ${counted(added.length)} to “${list.name}”${alreadyPresent.length ? ` (${counted(alreadyPresent.length)} already there)` : ''}.`
      : `Already on “${list.name}”.`;
    toasts.show(message, { action: { label: 'Open list', run: () => nav.openList(list.id) } });
  };

  const create = () => {
    const clean = name.trim();
    if (!clean) return;
    void addTo(async (api) => (await api.createReadingList({ name: clean })).id);
  };

  return (
    <Modal title={`Add ${what} to a reading list`} onClose={onClose} className="add-to-list">
      {lists.status === 'ready' && lists.data.length > 0 && (
        <ul className="add-to-list__lists">
          {lists.data.map((list, i) => (
            <li key={list.id}>
              <button
                type="button"
                className="button add-to-list__choice"
                data-autofocus={i === 0 ? true : undefined}
                onClick={() => void addTo(async () => list.id)}
              >
                <span>{list.name}</span>
                <span className="muted">
                  {list.items.length} work{list.items.length === 1 ? '' : 's'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="add-to-list__new"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <label className="field">
          <span className="field__label">New list</span>
          <input
            className="filter__input"
            value={name}
            maxLength={200}
            placeholder="Name of the new list"
            data-autofocus={lists.status === 'ready' && lists.data.length === 0 ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={!name.trim()}>
          Create and add
        </button>
      </form>
    </Modal>
  );
}

/** The dialog for the app's pending "Add to list" request; mounted once by the app. */
export function AddToListHost() {
  const [request, close] = useAddToListRequest();
  if (!request) return null;
  return <AddToListDialog workKeys={request.workKeys} what={request.what} onClose={close} />;
}

/** A button that opens the dialog for `workKeys`. */
export function AddToListButton({
  workKeys,
  what,
  className = 'button button--small',
  label = 'Add to list…',
}: {
  workKeys: readonly string[];
  what: string;
  className?: string;
  label?: string;
}) {
  const open = useAddToList();
  return (
    <button
      type="button"
      className={className}
      disabled={workKeys.length === 0}
      onClick={() => open({ workKeys: [...workKeys], what })}
    >
      {label}
    </button>
  );
}
