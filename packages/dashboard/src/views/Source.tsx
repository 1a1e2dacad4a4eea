import { getSourceQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Loaded } from '../components.tsx';
import { useHub } from '../context.ts';

/** A source's whole text, the quoted passage (`offset`–`end`) highlighted and scrolled to. */
export function Source({ id, offset, end }: { id: string; offset: number | null; end: number | null }) {
  const { client, lang, words } = useHub();
  const query = useQuery(getSourceQuery(client, id, { lang }));
  const mark = useRef<HTMLElement>(null);
  useEffect(() => mark.current?.scrollIntoView({ block: 'center' }), [query.data]);
  return (
    <Loaded query={query}>
      {(source) => {
        const text = source.text ?? '';
        const marked = offset !== null && end !== null && end <= text.length && offset < end;
        return (
          <article aria-labelledby="source-heading">
            <p>
              <a href="#" onClick={(e) => (e.preventDefault(), window.history.back())}>
                ← {words.back}
              </a>
            </p>
            <h2 id="source-heading">{source.title}</h2>
            <p className="meta">
              {source.publisher}
              {source.published ? `, ${source.published}` : ''}
              {source.url ? (
                <>
                  {' · '}
                  <a href={source.url}>{source.url}</a>
                </>
              ) : null}
            </p>
            <h3>{words.sourceText}</h3>
            <div className="source-text" lang={source.language ?? undefined}>
              {marked ? (
                <>
                  {text.slice(0, offset)}
                  <mark ref={mark} data-testid="quoted-passage">
                    {text.slice(offset, end)}
                  </mark>
                  {text.slice(end)}
                </>
              ) : (
                text
              )}
            </div>
          </article>
        );
      }}
    </Loaded>
  );
}
