// Trailing scraping residue: lines in another script and bare links after the last real paragraph.
import type { RawBlock } from './rawBlocks';
import { dominantScript, type ScriptName } from './scripts';

/** The body's blocks without the trailing residue, and a description of what was dropped. */
export interface ResidueSplit {
  kept: RawBlock[];
  /** Null when nothing was dropped. */
  description: string | null;
}

const LINK = String.raw`(?:!?\[(?:[^\]\\]|\\.)*\]\([^)\s]*(?:\s+"[^"]*")?\)|<(?:https?|ftp|mailto):[^>\s]+>|(?:https?|ftp):\/\/\S+|www\.\S+)`;
const ONLY_LINKS = new RegExp(`^\\s*${LINK}(?:\\s+${LINK})*\\s*$`, 'i');

/**
 * Drops blocks at the end of the body that are not part of the paper: a block made only of links,
 * or one whose letters are mostly in another script than the body's (e.g. a Chinese "preview
 * ended" notice after an English paper). Only trailing blocks are dropped; the same content inside
 * the body is kept.
 */
export function dropTrailingResidue(blocks: readonly RawBlock[]): ResidueSplit {
  const bodyScript = dominantScript(blocks.map((b) => b.lines.join('\n')).join('\n'));
  let end = blocks.length;
  let lines = 0;
  let links = 0;
  const scripts = new Set<ScriptName>();
  while (end > 0) {
    const block = blocks[end - 1]!;
    const text = block.lines.join('\n');
    const script = dominantScript(text);
    if (block.kind !== 'rule' && ONLY_LINKS.test(text)) {
      links += text.match(new RegExp(LINK, 'gi'))?.length ?? 1;
    } else if (block.kind !== 'rule' && script !== null && script !== bodyScript) {
      lines += block.lines.length;
      scripts.add(script);
    } else if (block.kind !== 'rule') {
      break;
    }
    end--;
  }
  if (lines === 0 && links === 0) return { kept: [...blocks], description: null };
  return {
    kept: blocks.slice(0, end),
    description: describe(lines, [...scripts], links, bodyScript),
  };
}

function describe(
  lines: number,
  scripts: ScriptName[],
  links: number,
  body: ScriptName | null,
): string {
  const parts: string[] = [];
  if (lines > 0) {
    const other = body ? ` (not the document's ${body} script)` : '';
    parts.push(`${plural(lines, 'line')} in ${scripts.join('/')} script${other}`);
  }
  if (links > 0) parts.push(links === 1 ? 'an external link' : `${links} external links`);
  return `scraping residue after the text: ${parts.join(' and ')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
