// "Export…" for the works the bibliography shows: the whole library, or every work matching the
// filter (whose keys may still be on their way: they are asked on the click if so). The same
// button whether or not they have arrived, so their arrival repaints nothing.
import type { ReactNode } from 'react';
import { useAllWorkKeys, type WorkWindowOrder } from '../../api/works';
import { useOpenExchange } from '../export/requests';

export function ExportShownButton({
  order,
  what,
  label,
}: {
  order: WorkWindowOrder;
  what: string;
  label: ReactNode;
}) {
  const open = useOpenExchange();
  const allKeys = useAllWorkKeys();
  const whole = order.matched === order.total;
  return (
    <button
      type="button"
      className="button button--small"
      onClick={() => {
        if (whole) return open({ kind: 'export', target: { kind: 'library' }, what });
        void allKeys(order).then((keys) =>
          open({ kind: 'export', target: { kind: 'selection', keys: [...keys] }, what }),
        );
      }}
    >
      {label}
    </button>
  );
}
