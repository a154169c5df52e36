// The sections of the paper, for moving around it; the current one is marked.
import type { Section } from '../../../core/document/model';

interface Props {
  sections: readonly Section[];
  currentId: string | null;
  onGo: (sectionId: string) => void;
}

export function Outline({ sections, currentId, onGo }: Props) {
  const visible = sections.filter((s) => s.level >= 2);
  return (
    <nav className="outline" aria-label="Outline">
      <h2 className="outline__title">Contents</h2>
      <ol className="outline__list">
        {visible.map((section) => (
          <li
            key={section.id}
            className={`outline__item outline__item--l${Math.min(section.level, 4)}`}
          >
            <button
              type="button"
              className="outline__link"
              aria-current={section.id === currentId ? 'location' : undefined}
              onClick={() => onGo(section.id)}
            >
              {section.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
