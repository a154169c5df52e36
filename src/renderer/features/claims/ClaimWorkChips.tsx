// The works a claim cites, as chips that open each work in the Bibliography (one paper's claims
// and the library's claims show them alike).
import { useNavigation } from '../../app/navigation';

/** A chip per cited work, labelled by `labelOf` (the key when the work is unknown). */
export function ClaimWorkChips({
  workIds,
  labelOf,
}: {
  workIds: readonly string[];
  labelOf: (workId: string) => string;
}) {
  const nav = useNavigation();
  return (
    <ul className="chips" aria-label="Works cited">
      {workIds.map((id) => (
        <li key={id}>
          <button type="button" className="chip" onClick={() => nav.openWork(id)}>
            {labelOf(id)}
          </button>
        </li>
      ))}
    </ul>
  );
}
