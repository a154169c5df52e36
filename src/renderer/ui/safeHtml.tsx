// Renders formatted-reference HTML (from citation-js) as React elements through a tiny allow-list:
// no dangerouslySetInnerHTML, no attributes, no links that navigate (the app is offline).
import { createElement, Fragment, type ReactNode } from 'react';

/** Tags kept (without any attribute); other elements are replaced by their text content. */
const INLINE_TAGS = new Set(['i', 'em', 'b', 'strong', 'sup', 'sub', 'span']);
/** Elements whose content is never shown. */
const DROPPED_TAGS = new Set(['script', 'style', 'template', 'iframe', 'object', 'svg', 'math']);

/** The class standing for a CSL inline style (`font-variant:small-caps`, `font-style:normal`). */
function classOfStyle(element: Element): string | null {
  const style = (element.getAttribute('data-csl-style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('font-variant:small-caps')) return 'small-caps';
  if (style.includes('font-style:normal')) return 'roman';
  if (style.includes('font-style:italic')) return 'italic';
  if (style.includes('font-weight:normal')) return 'upright-weight';
  return null;
}

function convert(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (DROPPED_TAGS.has(tag)) return null;
  const children = Array.from(element.childNodes, (child, i) => convert(child, `${key}.${i}`));
  // CSL marks small caps (and roman inside italics) with inline styles the CSP would block, and
  // no attribute is copied: a class carries the meaning instead.
  const styleClass = tag === 'sc' ? 'small-caps' : tag === 'span' ? classOfStyle(element) : null;
  if (styleClass) return createElement('span', { key, className: styleClass }, ...children);
  if (INLINE_TAGS.has(tag)) return createElement(tag, { key }, ...children);
  if (tag === 'a') return createElement('span', { key, className: 'ref-link' }, ...children);
  return createElement(Fragment, { key }, ...children);
}

/**
 * Converts untrusted HTML to React nodes keeping only emphasis, super/subscript and text.
 * Block wrappers (div.csl-entry) are unwrapped; the caller supplies its own block element.
 */
export function htmlToSafeReact(html: string): ReactNode {
  // Style attributes are renamed before parsing: even an inert parsed document reports them to
  // the CSP, and only their meaning (small caps, roman) is wanted, read back as a class.
  const inert = html.replace(/(<[a-z][^>]*?\s)style=/gi, '$1data-csl-style=');
  const parsed = new DOMParser().parseFromString(`<body>${inert}</body>`, 'text/html');
  return Array.from(parsed.body.childNodes, (child, i) => convert(child, String(i)));
}

/**
 * CSL rich text (a title or name with `<i>`, `<b>`, `<sup>`, `<sub>`, small caps, nocase spans)
 * as React nodes; plain text stays a string. Markup is never injected: only the allow-list above
 * becomes elements, everything else is text.
 */
export function RichText({ text }: { text: string }) {
  return <>{text.includes('<') ? htmlToSafeReact(text) : text}</>;
}

/** A formatted reference from HTML, sanitized; trims whitespace left by block wrappers. */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  return <span className={className}>{htmlToSafeReact(html.trim())}</span>;
}
