// The /graphiql page: GraphiQL bundled from npm (no CDN), pointed at this
// server's /graphql, with the preset questions as its saved collection: one
// tab each on first visit, and an "Examples" sidebar to reopen any of them.
// ?query=…&variables=… (the explorer's "Open in GraphiQL") opens that query.

import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement as h, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { parse, print } from 'graphql';
import { apiURL } from './api';
import { PRESETS, type Preset } from './presets';

function ExamplesPane(): ReactNode {
  const actions = useGraphiQLActions();
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const open = (p: Preset) => {
    // Open each example in a fresh tab so the user's current query survives.
    actions.addTab();
    // addTab swaps the editors' models on the next render; set the text after it.
    setTimeout(() => {
      queryEditor?.setValue(pretty(p));
      variableEditor?.setValue(p.variables ? JSON.stringify(p.variables, null, 2) : '');
    }, 0);
  };
  return h(
    'div',
    { className: 'pg-examples' },
    h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
    h('p', null, 'The questions researchers ask (examples/queries). Click to open one in a new tab.'),
    h(
      'ul',
      { style: { listStyle: 'none', padding: 0 } },
      PRESETS.map((p) =>
        h(
          'li',
          { key: p.name, style: { margin: '0.5em 0' } },
          h('button', { type: 'button', className: 'graphiql-button', onClick: () => open(p), 'data-preset': p.name }, p.title),
        ),
      ),
    ),
  );
}

// pretty lays a preset out as GraphiQL users expect (one field per line),
// keeping its title comment, which print() would drop.
function pretty(p: Preset): string {
  try {
    return `# ${p.title}\n${print(parse(p.query))}`;
  } catch {
    return p.query; // invalid GraphQL is shown as written; GraphiQL marks the error
  }
}

const examplesPlugin: GraphiQLPlugin = {
  title: 'Examples',
  icon: () => h('span', { 'aria-hidden': true, style: { fontWeight: 700 } }, '★'),
  content: ExamplesPane,
};

const params = new URLSearchParams(window.location.search);
const fetcher = createGraphiQLFetcher({ url: apiURL() });

createRoot(document.getElementById('graphiql')!).render(
  h(GraphiQL, {
    fetcher,
    plugins: [examplesPlugin, HISTORY_PLUGIN],
    // The explorer's query (if any) opens first, then one tab per example.
    defaultTabs: [
      ...(params.has('query') ? [{ query: params.get('query')!, variables: params.get('variables') ?? undefined }] : []),
      ...PRESETS.map((p) => ({
        query: pretty(p),
        variables: p.variables ? JSON.stringify(p.variables, null, 2) : undefined,
      })),
    ],
    initialQuery: params.get('query') ?? undefined,
    initialVariables: params.get('variables') ?? undefined,
    defaultEditorToolsVisibility: params.has('variables') ? 'variables' : undefined,
  }),
);
