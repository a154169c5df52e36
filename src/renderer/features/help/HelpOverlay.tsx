// "?": every keyboard shortcut of the app.
import { Modal } from '../../ui/Modal';
import { Kbd } from '../../ui/Kbd';
import { SHORTCUTS } from '../../app/shortcuts';

interface Props {
  /** The app's views, in navigation order (each gets Ctrl/Cmd + its number). */
  views: readonly { label: string }[];
  onClose: () => void;
}

export function HelpOverlay({ views, onClose }: Props) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="help">
      <dl className="shortcuts">
        {SHORTCUTS(views).map((s) => (
          <div key={s.description} className="shortcuts__row">
            <dt>
              {s.keys.map((combo, i) => (
                <span key={i}>
                  {i > 0 && <span className="shortcuts__or"> or </span>}
                  <Kbd keys={combo} />
                </span>
              ))}
            </dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
      <p className="muted help__footnote">
        Tab moves through citations, links and buttons; Enter or Space activates them.
      </p>
      {/* No autofocus on Close: focusing it scrolled the list to its end, past the heading.
          The dialog itself takes the focus (Modal), at its top; Tab reaches Close. */}
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}
