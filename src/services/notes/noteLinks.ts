/**
 * Builds a note's links: explicit ones from the caller's input, and work links from citation keys
 * in the Markdown body. Every link carries a placeholder label, and a link to a work that no
 * longer exists is kept with its placeholder rather than dropped.
 */
import { claimKey, claimRef } from '../../core/documents/ids';
import type { Note, NoteLink, TextQuoteSelector, WorkLink } from '../../core/userData/notes';
import { claimLabel, passageLabel } from '../../core/userData/labels';
import { markdownCitationKeys } from '../../core/userData/markdownKeys';
import { ServiceError } from '../errors';
import type { WorkRef } from '../workKeys';

export type NoteLinkInput =
  | { kind: 'work'; workKey: string; locator?: string | null }
  | {
      kind: 'claim';
      claimId: string;
      /**
       * The claim's document; null for a user claim. Omitted: taken from a qualified id
       * ("doc#k12"), else see `claimRef`.
       */
      documentId?: string | null;
      placeholder?: string;
    }
  | { kind: 'passage'; documentId: string; selector: TextQuoteSelector; placeholder?: string };

/** What the service looked up before changing a note. */
export interface ResolvedTargets {
  /** By key as written (in the input or the body). */
  works: Map<string, WorkRef>;
  /** Claim texts by claim key (`claimKey`), or null when no claim catalog is wired. */
  claims: Map<string, string> | null;
}

/** A string that is the same for two links to the same target. */
export function linkTarget(link: NoteLink | NoteLinkInput): string {
  switch (link.kind) {
    case 'work':
      return `work:${link.workKey}`;
    case 'claim':
      return `claim:${claimKey(claimRef(link.claimId, link.documentId))}`;
    case 'passage':
      return `passage:${link.documentId}:${link.selector.start}:${link.selector.end}:${link.selector.exact}`;
  }
}

/** Throws unless the selector is a plausible TextQuoteSelector. */
export function checkSelector(s: TextQuoteSelector): void {
  const ok =
    typeof s.exact === 'string' &&
    s.exact.length > 0 &&
    typeof s.prefix === 'string' &&
    typeof s.suffix === 'string' &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.end >= s.start;
  if (!ok) {
    throw new ServiceError(
      'invalid',
      'A passage link needs the quoted text and its start and end offsets (start ≤ end).',
    );
  }
}

/** The explicit links for `inputs`; unknown works keep the link the note already had, if any. */
export function buildExplicitLinks(
  inputs: readonly NoteLinkInput[],
  targets: ResolvedTargets,
  previous: readonly NoteLink[],
): NoteLink[] {
  const before = new Map(previous.map((l) => [linkTarget(l), l]));
  const out = new Map<string, NoteLink>();
  for (const input of inputs) {
    let link: NoteLink;
    if (input.kind === 'work') {
      const ref = targets.works.get(input.workKey);
      const old = before.get(linkTarget(input));
      if (!ref && !old) {
        throw new ServiceError('unknown-work', `No work with key \`${input.workKey}\`.`);
      }
      link = {
        kind: 'work',
        workKey: ref?.key ?? input.workKey,
        locator: input.locator ?? null,
        placeholder: ref?.label ?? old?.placeholder ?? input.workKey,
        source: 'explicit',
      };
    } else if (input.kind === 'claim') {
      const ref = claimRef(input.claimId, input.documentId);
      const text = targets.claims?.get(claimKey(ref)) ?? null;
      const old = before.get(linkTarget(input));
      link = {
        kind: 'claim',
        documentId: ref.documentId,
        claimId: ref.claimId,
        placeholder: text
          ? claimLabel(ref.claimId, text)
          : (input.placeholder ?? old?.placeholder ?? claimLabel(ref.claimId, null)),
        source: 'explicit',
      };
    } else {
      checkSelector(input.selector);
      const { exact, prefix, suffix, start, end } = input.selector;
      link = {
        kind: 'passage',
        documentId: input.documentId,
        selector: { exact, prefix, suffix, start, end },
        placeholder: input.placeholder ?? passageLabel(input.selector),
        source: 'explicit',
      };
    }
    if (!out.has(linkTarget(link))) out.set(linkTarget(link), link);
  }
  return [...out.values()];
}

/**
 * Work links for the citation keys in `body`, skipping works already linked explicitly. A key
 * not looked up (the note links it already) or no longer naming a work keeps the placeholder of
 * the link the note had for it, with the locator now written.
 */
export function buildBodyLinks(
  body: string,
  targets: ResolvedTargets,
  explicit: readonly NoteLink[],
  previous: readonly NoteLink[],
): WorkLink[] {
  const taken = new Set(explicit.map(linkTarget));
  const linked = new Map(
    previous.filter((l): l is WorkLink => l.kind === 'work').map((l) => [l.workKey, l]),
  );
  const out: WorkLink[] = [];
  for (const { key, locator } of markdownCitationKeys(body)) {
    const ref = targets.works.get(key);
    const old = linked.get(key);
    const link: WorkLink | undefined = ref
      ? { kind: 'work', workKey: ref.key, locator, placeholder: ref.label, source: 'body' }
      : old && {
          kind: 'work',
          workKey: key,
          locator,
          placeholder: old.placeholder,
          source: 'body',
        };
    if (!link || taken.has(linkTarget(link))) continue;
    taken.add(linkTarget(link));
    out.push(link);
  }
  return out;
}

/** Every work key a change to `note` may need looked up. */
export function workKeysToLookUp(
  body: string,
  inputs: readonly NoteLinkInput[] | undefined,
): string[] {
  const keys = new Set(markdownCitationKeys(body).map((c) => c.key));
  for (const i of inputs ?? []) if (i.kind === 'work') keys.add(i.workKey.trim());
  return [...keys];
}

/** The explicit links of a note. */
export function explicitLinks(note: Pick<Note, 'links'>): NoteLink[] {
  return note.links.filter((l) => l.source === 'explicit');
}
