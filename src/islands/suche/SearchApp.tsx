/**
 * The results page: a search form and the list of found pages. Reads the query from the address
 * (`?q=…`, which the header form on every page sends), checks it (lib/search/query), searches with
 * Pagefind in the browser and shows each page with its best sections, hits marked. Excerpts are
 * rendered as text and `<mark>` elements built from parsed segments, never as markup.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkQuery, QUERY_LIMITS, QUERY_PARAM, type QueryProblem } from '../../lib/search/query';
import { RESULT_LIMITS, toHit, type SearchHit } from '../../lib/search/results';
import type { ExcerptSegment } from '../../lib/search/excerpt';
import type { SearchIslandTexts } from '../../i18n/de/search';
import { fill, plural } from '../../i18n/format';
import { ROUTES } from '../../lib/site/routes';
import { loadPagefind } from './pagefind';

type State =
  | { kind: 'idle' }
  | { kind: 'invalid'; problem: QueryProblem }
  | { kind: 'loading'; query: string }
  | { kind: 'done'; query: string; total: number; hits: SearchHit[] }
  | { kind: 'failed' };

interface Props {
  texts: SearchIslandTexts;
}

function Excerpt({ segments }: { segments: readonly ExcerptSegment[] }) {
  return <>{segments.map((s) => (s.marked ? <mark>{s.text}</mark> : s.text))}</>;
}

function message(texts: SearchIslandTexts, state: State): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'invalid':
      return fill(texts.messages[state.problem.code], state.problem);
    case 'loading':
      return texts.messages.loading;
    case 'failed':
      return texts.messages.failed;
    case 'done':
      return state.total === 0 ? fill(texts.messages.noResults, { query: state.query }) : plural(texts.count, state.total, { query: state.query });
  }
}

async function search(query: string): Promise<{ total: number; hits: SearchHit[] }> {
  const pagefind = await loadPagefind();
  const found = await pagefind.search(query);
  const results = found?.results ?? [];
  const data = await Promise.all(results.slice(0, RESULT_LIMITS.pages).map((r) => r.data()));
  const hits = data.map(toHit).filter((hit): hit is SearchHit => hit !== null);
  return { total: results.length > RESULT_LIMITS.pages ? results.length : hits.length, hits };
}

export default function SearchApp({ texts }: Props) {
  const [value, setValue] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef(0);

  const run = (raw: string) => {
    const check = checkQuery(raw);
    const ticket = ++latest.current;
    if (!check.ok) {
      setState({ kind: 'invalid', problem: check.problem });
      return;
    }
    setState({ kind: 'loading', query: check.query });
    search(check.query).then(
      (found) => ticket === latest.current && setState({ kind: 'done', query: check.query, ...found }),
      () => ticket === latest.current && setState({ kind: 'failed' }),
    );
  };

  useEffect(() => {
    const fromAddress = () => {
      const q = new URLSearchParams(location.search).get(QUERY_PARAM);
      setValue(q ?? '');
      if (q === null) setState({ kind: 'idle' });
      else run(q);
    };
    fromAddress();
    addEventListener('popstate', fromAddress);
    return () => removeEventListener('popstate', fromAddress);
  }, []);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set(QUERY_PARAM, value);
    if (url.href !== location.href) history.pushState(null, '', url);
    run(value);
  };

  const status = message(texts, state);
  return (
    <div class="search-app">
      <search aria-label={texts.label}>
        <form action={ROUTES.search} method="get" onSubmit={onSubmit}>
          <label for="suche-begriff">{texts.field}</label>
          <p id="suche-hinweis" class="muted">{texts.hint}</p>
          <div class="search-row">
            <input
              id="suche-begriff"
              type="search"
              name={QUERY_PARAM}
              value={value}
              maxLength={QUERY_LIMITS.max}
              autocomplete="off"
              enterKeyHint="search"
              aria-describedby="suche-hinweis"
              onInput={(e) => setValue(e.currentTarget.value)}
            />
            <button type="submit">{texts.submit}</button>
          </div>
        </form>
      </search>
      <p class="search-status" role="status">{status}</p>
      {state.kind === 'done' && state.hits.length > 0 && (
        <ol class="search-results" aria-label={texts.results}>
          {state.hits.map((hit) => (
            <li key={hit.url}>
              <h2><a href={hit.url}>{hit.title}</a></h2>
              {hit.sections.length > 0 ? (
                <ul>
                  {hit.sections.map((section) => (
                    <li key={section.url}>
                      <a href={section.url}>{section.heading ?? texts.intro}</a>
                      <p><Excerpt segments={section.excerpt} /></p>
                    </li>
                  ))}
                </ul>
              ) : (
                <p><Excerpt segments={hit.excerpt} /></p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
