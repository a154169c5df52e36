// A note's Markdown as React elements: no raw HTML (shown as text), no remote images, links that
// do not navigate, and citations (`[@key]`) as chips that open the work.
import type { ReactNode } from 'react';
import type { Token, Tokens } from 'marked';
import { decodeEntities, isCitation, isLocalImage, lexNote, type CitedKey } from './markdown';

interface Props {
  markdown: string;
  /** The label of a cited work ("Betts 2011c"), or null when the key names no work. */
  labelOf: (key: string) => string | null;
  onCite: (key: string) => void;
}

type Ctx = Omit<Props, 'markdown'>;

function citeLabel(cite: CitedKey, ctx: Ctx): string {
  const label = ctx.labelOf(cite.key) ?? `@${cite.key}`;
  return cite.locator ? `${label}, ${cite.locator}` : label;
}

function inline(tokens: readonly Token[] | undefined, ctx: Ctx): ReactNode[] {
  return (tokens ?? []).map((t, i) => inlineToken(t, ctx, i));
}

function inlineToken(token: Token, ctx: Ctx, key: number): ReactNode {
  if (isCitation(token)) {
    return (
      <span key={key} className="md-cite">
        {token.cites.map((cite, i) => {
          const known = ctx.labelOf(cite.key) !== null;
          return known ? (
            <button
              key={i}
              type="button"
              className="chip chip--cite"
              onClick={() => ctx.onCite(cite.key)}
              title="Open this work in the bibliography"
            >
              {citeLabel(cite, ctx)}
            </button>
          ) : (
            <span key={i} className="chip chip--unknown" title="No work has this key">
              {citeLabel(cite, ctx)}
            </span>
          );
        })}
      </span>
    );
  }
  const t = token as Tokens.Generic;
  switch (token.type) {
    case 'text':
      return t.tokens ? <span key={key}>{inline(t.tokens, ctx)}</span> : decodeEntities(t.text);
    case 'escape':
      return t.text as string;
    case 'strong':
      return <strong key={key}>{inline(t.tokens, ctx)}</strong>;
    case 'em':
      return <em key={key}>{inline(t.tokens, ctx)}</em>;
    case 'del':
      return <del key={key}>{inline(t.tokens, ctx)}</del>;
    case 'codespan':
      return <code key={key}>{decodeEntities(t.text)}</code>;
    case 'br':
      return <br key={key} />;
    case 'link':
      return (
        <span key={key} className="md-link" title={`${t.href} (Scholion opens no web pages)`}>
          {inline(t.tokens, ctx)}
        </span>
      );
    case 'image':
      return isLocalImage(t.href) ? (
        <img key={key} className="md-image" src={t.href} alt={t.text} />
      ) : (
        <span key={key} className="md-blocked" title={t.href}>
          [image{t.text ? `: ${t.text}` : ''} — not shown: Scholion loads no remote images]
        </span>
      );
    case 'html':
      return (
        <span key={key} className="md-raw">
          {t.text}
        </span>
      );
    default:
      return t.raw;
  }
}

function block(token: Token, ctx: Ctx, key: number): ReactNode {
  const t = token as Tokens.Generic;
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'heading': {
      const level = Math.min(6, Math.max(1, t.depth as number));
      const Tag = `h${level === 1 ? 2 : Math.min(6, level + 1)}` as 'h2';
      return <Tag key={key}>{inline(t.tokens, ctx)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{inline(t.tokens, ctx)}</p>;
    case 'text':
      return <p key={key}>{t.tokens ? inline(t.tokens, ctx) : decodeEntities(t.text)}</p>;
    case 'blockquote':
      return <blockquote key={key}>{blocks(t.tokens, ctx)}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{t.text}</code>
        </pre>
      );
    case 'hr':
      return <hr key={key} />;
    case 'list': {
      const items = (t.items as Tokens.ListItem[]).map((item, i) => (
        <li key={i}>
          {item.task && <input type="checkbox" checked={!!item.checked} disabled readOnly />}
          {item.loose
            ? blocks(item.tokens, ctx)
            : item.tokens.map((child, j) =>
                child.type === 'text' ? (
                  <span key={j}>{inline((child as Tokens.Text).tokens, ctx)}</span>
                ) : (
                  block(child, ctx, j)
                ),
              )}
        </li>
      ));
      return t.ordered ? (
        <ol key={key} start={typeof t.start === 'number' ? t.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'table': {
      const table = token as Tokens.Table;
      return (
        <table key={key}>
          <thead>
            <tr>
              {table.header.map((cell, i) => (
                <th key={i}>{inline(cell.tokens, ctx)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{inline(cell.tokens, ctx)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'html':
      return (
        <pre key={key} className="md-raw">
          {t.text}
        </pre>
      );
    default:
      return <p key={key}>{inlineToken(token, ctx, 0)}</p>;
  }
}

function blocks(tokens: readonly Token[] | undefined, ctx: Ctx): ReactNode[] {
  return (tokens ?? []).map((t, i) => block(t, ctx, i));
}

/** The rendered note. */
export function MarkdownPreview({ markdown, labelOf, onCite }: Props) {
  const ctx = { labelOf, onCite };
  return <div className="markdown">{blocks(lexNote(markdown), ctx)}</div>;
}
