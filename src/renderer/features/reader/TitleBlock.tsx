// The paper's title page: title, authors with affiliations, the occasion, and publisher matter.
import type { DocumentMeta } from '../../../core/document/model';

export function TitleBlock({ meta }: { meta: DocumentMeta }) {
  const conference = meta.conference;
  const occasion = [conference?.place, conference?.dates].filter(Boolean).join(' · ');
  return (
    <header className="title-block">
      {meta.kind && <p className="title-block__kind">{meta.kind}</p>}
      <h1 className="title-block__title" id="paper-title" tabIndex={-1}>
        {meta.title}
      </h1>
      {meta.authors.length > 0 && (
        <ul className="title-block__authors" aria-label="Authors">
          {meta.authors.map((author) => (
            <li key={author.name}>
              <span className="title-block__author">{author.name}</span>
              {author.affiliation && (
                <span className="title-block__affiliation">{author.affiliation}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {conference && (
        <p className="title-block__conference">
          <span className="title-block__event">{conference.name}</span>
          {occasion && <span className="title-block__occasion">{occasion}</span>}
        </p>
      )}
      {meta.frontMatter.length > 0 && (
        <details className="title-block__front-matter">
          <summary>Publisher’s front matter</summary>
          {meta.frontMatter.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </details>
      )}
    </header>
  );
}
