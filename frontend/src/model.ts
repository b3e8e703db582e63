// The explorer's own view of the graph: what it draws, independent of which
// GraphQL field a result came from (neighborhood, path, a preset query…).

export const ENTITY_TYPES = [
  'Country',
  'Agency',
  'Organization',
  'Meeting',
  'Statement',
  'Technology',
  'Person',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'SIGNED',
  'ISSUED',
  'ATTENDED',
  'HOSTED',
  'HELD_IN',
  'ESTABLISHED',
  'PART_OF',
  'MEMBER_OF',
  'ADDRESSES',
  'PARTNERS_WITH',
  'HOLDS_ROLE',
  'BROADER',
] as const;

export interface GNode {
  id: string;
  type: string;
  name: string;
  nameZh?: string | null;
  abbr?: string | null;
  aliases?: string[] | null;
  kind?: string | null;
  date?: string | null;
  endDate?: string | null;
  place?: string | null;
  role?: string | null;
}

export interface GEvidence {
  text: string;
  start?: number | null;
  end?: number | null;
  document?: { id: string; title?: string | null } | null;
}

export interface GEdge {
  type: string;
  from: string;
  to: string;
  date?: string | null;
  evidence: GEvidence[];
}

export interface Subgraph {
  nodes: GNode[];
  edges: GEdge[];
}

export type Lang = 'zh' | 'en';

export function edgeKey(e: Pick<GEdge, 'from' | 'type' | 'to'>): string {
  return `${e.from}|${e.type}|${e.to}`;
}
