// Mapping GraphQL results to graph elements. Results come in several shapes
// (neighborhood {nodes edges}, path hops, typed relationship fields such as
// Statement.signatories), so one walker collects entities and facts from any
// of them; toElements then turns the collected subgraph into cytoscape input.

import type { ElementDefinition } from 'cytoscape';
import { edgeKey, type GEdge, type GEvidence, type GNode, type Lang, type Subgraph } from './model';

// Typed relationship fields of the API, with the fact type they carry and
// whether the parent is the relationship's source ('out') or target ('in').
export const FIELD_RELATIONS: Record<string, { type: string; dir: 'out' | 'in' }> = {
  signatories: { type: 'SIGNED', dir: 'in' },
  signers: { type: 'SIGNED', dir: 'in' },
  signed: { type: 'SIGNED', dir: 'out' },
  issuers: { type: 'ISSUED', dir: 'in' },
  issued: { type: 'ISSUED', dir: 'out' },
  attendees: { type: 'ATTENDED', dir: 'in' },
  attended: { type: 'ATTENDED', dir: 'out' },
  hosts: { type: 'HOSTED', dir: 'in' },
  hosted: { type: 'HOSTED', dir: 'out' },
  heldIn: { type: 'HELD_IN', dir: 'out' },
  meetingsHeld: { type: 'HELD_IN', dir: 'in' },
  established: { type: 'ESTABLISHED', dir: 'out' },
  establishedBy: { type: 'ESTABLISHED', dir: 'in' },
  parent: { type: 'PART_OF', dir: 'out' },
  country: { type: 'PART_OF', dir: 'out' },
  partOf: { type: 'PART_OF', dir: 'out' },
  units: { type: 'PART_OF', dir: 'in' },
  agencies: { type: 'PART_OF', dir: 'in' },
  parts: { type: 'PART_OF', dir: 'in' },
  memberOf: { type: 'MEMBER_OF', dir: 'out' },
  members: { type: 'MEMBER_OF', dir: 'in' },
  technologies: { type: 'ADDRESSES', dir: 'out' },
  addresses: { type: 'ADDRESSES', dir: 'out' },
  addressedBy: { type: 'ADDRESSES', dir: 'in' },
  partners: { type: 'PARTNERS_WITH', dir: 'out' },
  roles: { type: 'HOLDS_ROLE', dir: 'out' },
  holdsRole: { type: 'HOLDS_ROLE', dir: 'out' },
  people: { type: 'HOLDS_ROLE', dir: 'in' },
  broader: { type: 'BROADER', dir: 'out' },
  narrower: { type: 'BROADER', dir: 'in' },
};

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ID_PREFIX_TYPES: Record<string, string> = {
  country: 'Country',
  agency: 'Agency',
  organization: 'Organization',
  meeting: 'Meeting',
  statement: 'Statement',
  technology: 'Technology',
  person: 'Person',
};

// typeFromId reads the type from the id's prefix (country:JP → Country), so
// saved queries that select only { id name } still draw with the right shape.
export function typeFromId(id: string): string {
  const i = id.indexOf(':');
  return i > 0 ? (ID_PREFIX_TYPES[id.slice(0, i)] ?? '') : '';
}

// An entity is any object with a string id and a type (type, __typename or
// the id's prefix). Documents have none of these, so they are not drawn.
function asNode(v: unknown): GNode | null {
  if (!isObj(v) || typeof v.id !== 'string') return null;
  const type = typeof v.type === 'string' ? v.type : typeof v.__typename === 'string' ? v.__typename : typeFromId(v.id);
  if (!type || type === 'Document') return null;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const node: GNode = {
    id: v.id,
    type,
    // Empty when the query did not ask for names (a path hop's {id}): the
    // merge then keeps a name seen elsewhere, and result() falls back to the id.
    name: str('name') ?? str('nameZh') ?? '',
  };
  for (const k of ['nameZh', 'abbr', 'kind', 'date', 'endDate', 'place', 'role'] as const) {
    const s = str(k) ?? (k === 'date' ? str('startDate') : undefined);
    if (s) node[k] = s;
  }
  if (Array.isArray(v.aliases)) node.aliases = v.aliases.filter((a): a is string => typeof a === 'string');
  return node;
}

function asEvidence(v: unknown): GEvidence[] {
  if (!Array.isArray(v)) return [];
  const out: GEvidence[] = [];
  for (const e of v) {
    if (!isObj(e) || typeof e.text !== 'string') continue;
    const doc = isObj(e.document) && typeof e.document.id === 'string'
      ? { id: e.document.id, title: typeof e.document.title === 'string' ? e.document.title : null }
      : typeof e.document === 'string' ? { id: e.document, title: null } : null;
    out.push({
      text: e.text,
      start: typeof e.start === 'number' ? e.start : null,
      end: typeof e.end === 'number' ? e.end : null,
      document: doc,
    });
  }
  return out;
}

// A fact given as {type, from, to} (neighborhood/path edges), where from/to are
// ids or entity objects.
function asFlatEdge(v: Obj, add: (n: GNode) => void): GEdge | null {
  if (typeof v.type !== 'string') return null;
  const end = (x: unknown): string | null => {
    if (typeof x === 'string') return x;
    const n = asNode(x);
    if (n) add(n);
    // A hop may give only {id}; the entity itself is listed elsewhere (Path.nodes).
    return n?.id ?? (isObj(x) && typeof x.id === 'string' ? x.id : null);
  };
  const from = end(v.from ?? v.source ?? v.start);
  const to = end(v.to ?? v.target ?? v.end);
  if (!from || !to) return null;
  return { type: v.type, from, to, date: typeof v.date === 'string' ? v.date : null, evidence: asEvidence(v.evidence) };
}

class Collector {
  nodes = new Map<string, GNode>();
  edges = new Map<string, GEdge>();

  addNode = (n: GNode) => {
    const old = this.nodes.get(n.id);
    // Keep the richest record: a later result may carry fields an earlier lacked.
    this.nodes.set(n.id, old ? { ...old, ...stripEmpty(n) } : n);
  };

  addEdge(e: GEdge) {
    const k = edgeKey(e);
    const old = this.edges.get(k);
    if (!old) {
      this.edges.set(k, { ...e, evidence: dedupeEvidence(e.evidence) });
      return;
    }
    old.evidence = dedupeEvidence([...old.evidence, ...e.evidence]);
    old.date = old.date || e.date;
  }

  walk(v: unknown, parent: GNode | null, field: string | null): void {
    if (Array.isArray(v)) {
      for (const x of v) this.walk(x, parent, field);
      return;
    }
    if (!isObj(v)) return;
    // Typed relationship edge: {node, date, evidence} under a known field, or
    // a generic relation {type, direction, node}.
    if ('node' in v && parent) {
      const n = asNode(v.node);
      if (n) {
        this.addNode(n);
        const rel = field ? FIELD_RELATIONS[field] : undefined;
        const type = typeof v.type === 'string' ? v.type : rel?.type;
        const dirRaw = typeof v.direction === 'string' ? v.direction.toLowerCase() : rel?.dir;
        const dir = dirRaw === 'in' || dirRaw === 'incoming' ? 'in' : 'out';
        if (type) {
          this.addEdge({
            type,
            from: dir === 'out' ? parent.id : n.id,
            to: dir === 'out' ? n.id : parent.id,
            date: typeof v.date === 'string' ? v.date : null,
            evidence: asEvidence(v.evidence),
          });
        }
        // The node's own relationship fields hang off the node, not the parent.
        this.walk(v.node, null, null);
        return;
      }
    }
    const flat = field === 'edges' || field === 'hops' || field === 'relationships' || field === 'steps'
      ? asFlatEdge(v, this.addNode)
      : null;
    if (flat) {
      this.addEdge(flat);
      return;
    }
    const n = asNode(v);
    if (n) this.addNode(n);
    for (const [k, x] of Object.entries(v)) {
      if (k === 'evidence' || k === 'mentions') continue;
      this.walk(x, n ?? parent, k);
    }
  }

  result(): Subgraph {
    const nodes = [...this.nodes.values()].map((n) => (n.name ? n : { ...n, name: n.nameZh || n.id }));
    return { nodes, edges: [...this.edges.values()] };
  }
}

function stripEmpty(n: GNode): Partial<GNode> {
  const out: Partial<GNode> = {};
  for (const [k, v] of Object.entries(n)) {
    if (v !== undefined && v !== null && v !== '') (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function dedupeEvidence(ev: GEvidence[]): GEvidence[] {
  const seen = new Set<string>();
  return ev.filter((e) => {
    const k = `${e.document?.id ?? ''}|${e.start ?? ''}|${e.end ?? ''}|${e.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// collectSubgraph finds every entity and fact in a GraphQL `data` object.
export function collectSubgraph(data: unknown): Subgraph {
  const c = new Collector();
  c.walk(data, null, null);
  return c.result();
}

// mergeSubgraphs unions b into a (nodes by id, facts by from|type|to).
export function mergeSubgraphs(...parts: Subgraph[]): Subgraph {
  const c = new Collector();
  for (const p of parts) {
    p.nodes.forEach(c.addNode);
    p.edges.forEach((e) => c.addEdge(e));
  }
  return c.result();
}

export function nodeLabel(n: Pick<GNode, 'name' | 'nameZh' | 'abbr' | 'id'>, lang: Lang): string {
  if (lang === 'zh') return n.nameZh || n.name || n.id;
  // Long English titles swamp the drawing; the abbreviation is what people use.
  if (n.abbr && n.name && n.name.length > 40) return n.abbr;
  return n.name || n.nameZh || n.id;
}

// toElements turns a subgraph into cytoscape elements. Facts whose ends are
// not among the nodes are dropped: cytoscape rejects dangling edges.
export function toElements(g: Subgraph, lang: Lang): ElementDefinition[] {
  const ids = new Set(g.nodes.map((n) => n.id));
  const out: ElementDefinition[] = g.nodes.map((n) => ({
    group: 'nodes',
    data: { ...n, label: nodeLabel(n, lang) },
    classes: n.type,
  }));
  for (const e of g.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    out.push({
      group: 'edges',
      data: {
        id: edgeKey(e),
        source: e.from,
        target: e.to,
        type: e.type,
        label: e.type,
        date: e.date ?? null,
        evidence: e.evidence,
      },
      classes: e.type,
    });
  }
  return out;
}
