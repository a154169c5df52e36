// "]" and "[": next and previous section of the paper.
import { useEffect } from 'react';
import type { PaperIndex } from '../../api/paperIndex';
import { isTypingTarget } from '../../app/shortcuts';

/** While `active`, "]" / "[" go to the section after / before `currentId`. */
export function useSectionKeys(
  index: PaperIndex,
  currentId: string | null,
  goSection: (sectionId: string) => void,
  active: boolean,
): void {
  useEffect(() => {
    if (!active) return;
    const sections = index.paper.document.sections.filter((s) => s.level >= 2);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ']' && event.key !== '[') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target) || document.querySelector('[aria-modal="true"]')) return;
      const at = sections.findIndex((s) => s.id === currentId);
      const next = event.key === ']' ? sections[at + 1] : sections[at <= 0 ? -1 : at - 1];
      if (!next) return;
      event.preventDefault();
      goSection(next.id);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, currentId, goSection, active]);
}
