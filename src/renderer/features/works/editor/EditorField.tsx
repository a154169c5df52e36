// One field of a record being written (the editor, New work): a list of names or a text box.
import type { ReactNode } from 'react';
import type { WorkFieldInfo } from '../../../../shared/contract';
import type { EditorState } from './editorState';
import { FieldRow } from './FieldRow';
import { NamesField } from './NamesField';

interface Props {
  info: WorkFieldInfo;
  state: EditorState;
  problem?: string;
  note?: string;
  badge?: ReactNode;
  onChange: (next: EditorState) => void;
}

export function EditorField({ info, state, problem, note, badge, onChange }: Props) {
  const csl = info.csl;
  if (info.kind === 'names') {
    return (
      <NamesField
        label={info.label}
        names={state.names[csl] ?? []}
        badge={badge}
        onChange={(list) => onChange({ ...state, names: { ...state.names, [csl]: list } })}
      />
    );
  }
  return (
    <FieldRow
      info={info}
      text={state.texts[csl] ?? ''}
      problem={problem}
      note={note}
      badge={badge}
      onChange={(text) => onChange({ ...state, texts: { ...state.texts, [csl]: text } })}
    />
  );
}
