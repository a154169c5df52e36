/** Generated Markdown notes linked to works, shaped like the store's notes. */
import type { Work } from '../src/core/bibliography/model';
import type { Rng } from './prng';
import { NOTE_OPENERS, TAGS, TITLE_GLUE, TITLE_WORDS } from './vocabulary';

/** A link from a note to a work, as the notes store keeps it. */
export interface GeneratedWorkLink {
  kind: 'work';
  workKey: string;
  locator: string | null;
  placeholder: string;
  source: 'explicit' | 'body';
}

/** A note as the notes store holds it (id, title, Markdown body, tags, links, timestamps). */
export interface GeneratedNote {
  id: string;
  title: string;
  body: string;
  tags: string[];
  links: GeneratedWorkLink[];
  createdAt: string;
  updatedAt: string;
  deletedAt: null;
}

function sentence(rng: Rng): string {
  const n = rng.int(6, 18);
  const ws: string[] = [];
  for (let i = 0; i < n; i++)
    ws.push(rng.chance(0.4) ? rng.pick(TITLE_GLUE) : rng.zipf(TITLE_WORDS, 0.9));
  const s = ws.join(' ');
  return `${(s[0] ?? '').toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rng: Rng): string {
  return Array.from({ length: rng.int(1, 4) }, () => sentence(rng)).join(' ');
}

/** One note about `linked` works; `label` renders a work as "Köhler 2011". */
export function generateNote(
  rng: Rng,
  index: number,
  linked: readonly Work[],
  label: (w: Work) => string,
): GeneratedNote {
  const first = linked[0];
  const title = first
    ? `${rng.pick(['On', 'Notes on', 'Reading', 'Re:'])} ${label(first)}`
    : sentence(rng).slice(0, 40);
  const parts = [`${rng.pick(NOTE_OPENERS)} ${paragraph(rng)}`];
  for (const w of linked) {
    if (rng.chance(0.6))
      parts.push(`See [@${w.citationKey}, p. ${rng.int(1, 300)}]: ${sentence(rng)}`);
  }
  if (rng.chance(0.4))
    parts.push(Array.from({ length: rng.int(2, 4) }, () => `- ${sentence(rng)}`).join('\n'));
  if (rng.chance(0.5)) parts.push(paragraph(rng));
  const created = Date.UTC(2020, 0, 1) + index * 600_000;
  return {
    id: `n${index + 1}`,
    title,
    body: parts.join('\n\n'),
    tags: rng.chance(0.5) ? [] : [...new Set([rng.zipf(TAGS), rng.zipf(TAGS)])],
    links: linked.map((w) => ({
      kind: 'work',
      workKey: w.citationKey,
      locator: null,
      placeholder: `${label(w)} — ${w.csl.title ?? ''}`.slice(0, 120),
      source: 'explicit',
    })),
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(created + rng.int(0, 86_400_000)).toISOString(),
    deletedAt: null,
  };
}
