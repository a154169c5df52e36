// Renders formatted-reference HTML (from citation-js) as React elements through a tiny allow-list:
// no dangerouslySetInnerHTML, no attributes, no links that navigate (the app is offline).
import { createElement, Fragment, type ReactNode } from 'react';

/** Tags kept (without any attribute); other elements are replaced by their text content. */
const INLINE_TAGS = new Set(['i', 'em', 'b', 'strong', 'sup', 'sub', 'span']);
/** Elements whose content is never shown. */
const DROPPED_TAGS = new Set(['script', 'style', 'template', 'iframe', 'object', 'svg', 'math']);

function convert(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (DROPPED_TAGS.has(tag)) return null;
  const children = Array.from(element.childNodes, (child, i) => convert(child, `${key}.${i}`));
  if (INLINE_TAGS.has(tag)) return createElement(tag, { key }, ...children);
  // citation-js marks small caps with an inline style we cannot keep under the CSP; keep a class.
  if (tag === 'a') return createElement('span', { key, className: 'ref-link' }, ...children);
  return createElement(Fragment, { key }, ...children);
}

/**
 * Converts untrusted HTML to React nodes keeping only emphasis, super/subscript and text.
 * Block wrappers (div.csl-entry) are unwrapped; the caller supplies its own block element.
 */
export function htmlToSafeReact(html: string): ReactNode {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return Array.from(parsed.body.childNodes, (child, i) => convert(child, String(i)));
}

/** A formatted reference from HTML, sanitized; trims whitespace left by block wrappers. */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  return <span className={className}>{htmlToSafeReact(html.trim())}</span>;
}
