// Every GraphQL document the explorer sends, in one place, so "open in
// GraphiQL" shows exactly what was run. Written against ../schema.graphqls.

const NODE = 'id type name nameZh abbr';
const EVIDENCE = 'evidence { text start end document { id title } }';

export const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    matched
    node { ${NODE} kind }
  }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { ${NODE} }
    edges { id type from to date ${EVIDENCE} }
  }
}`;

export const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    ${NODE} aliases kind
    ... on Meeting { date endDate place }
    ... on Statement { date }
    ... on Person { role }
    relations(first: 300) {
      type direction date
      node { ${NODE} }
      ${EVIDENCE}
    }
  }
}`;

export const PATH = `query Path($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops, first: 1) {
    length
    nodes { ${NODE} }
    hops { type date from { id } to { id } ${EVIDENCE} }
  }
}`;
