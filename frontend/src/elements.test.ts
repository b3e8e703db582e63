import { describe, expect, it } from 'vitest';
import { collectSubgraph, mergeSubgraphs, nodeLabel, toElements, typeFromId } from './elements';
import type { Subgraph } from './model';

// The SBOM guidance sentence from corpus/000_d32f25cffe198b36.txt.
const SBOM_SENTENCE =
  '於2025年9月3日,由日本內閣官房網路安全統括室為首,偕同經濟產業省共同代表日本簽署了該份指引,包含日本在內,尚有美國、德國、法國、義大利、荷蘭、加拿大、澳洲、紐西蘭、印度、新加坡、韓國、波蘭、捷克、斯洛伐克等共計15個國家的網路安全部門,皆同步完成簽署。';
const ev = { text: SBOM_SENTENCE, start: 612, end: 742, document: { id: 'd32f', title: '國際資通安全政策與法制週報' } };
const guidance = { id: 'statement:sbom-shared-vision', type: 'Statement', name: 'A Shared Vision of Software Bill of Materials (SBOM) for Cybersecurity', nameZh: 'SBOM網路安全之共同願景', abbr: null };
const japan = { id: 'country:JP', type: 'Country', name: 'Japan', nameZh: '日本', abbr: null };
const usa = { id: 'country:US', type: 'Country', name: 'United States', nameZh: '美國', abbr: null };

describe('collectSubgraph', () => {
  const cases: Array<{ name: string; data: unknown; nodes: string[]; edges: string[] }> = [
    {
      name: 'neighborhood: nodes plus flat edges with id ends',
      data: {
        neighborhood: {
          truncated: false,
          nodes: [guidance, japan, usa],
          edges: [
            { id: 'country:JP|SIGNED|statement:sbom-shared-vision', type: 'SIGNED', from: 'country:JP', to: 'statement:sbom-shared-vision', date: '2025-09-03', evidence: [ev] },
            { id: 'country:US|SIGNED|statement:sbom-shared-vision', type: 'SIGNED', from: 'country:US', to: 'statement:sbom-shared-vision', date: '2025-09-03', evidence: [ev] },
          ],
        },
      },
      nodes: ['statement:sbom-shared-vision', 'country:JP', 'country:US'],
      edges: ['country:JP|SIGNED|statement:sbom-shared-vision', 'country:US|SIGNED|statement:sbom-shared-vision'],
    },
    {
      name: 'typed field signatories points from the signer to the statement',
      data: { signatories: [{ ...guidance, signatories: [{ date: '2025-09-03', node: japan, evidence: [ev] }], technologies: [{ node: { id: 'technology:sbom', type: 'Technology', name: 'SBOM', nameZh: '軟體物料清單' }, evidence: [] }] }] },
      nodes: ['statement:sbom-shared-vision', 'country:JP', 'technology:sbom'],
      edges: ['country:JP|SIGNED|statement:sbom-shared-vision', 'statement:sbom-shared-vision|ADDRESSES|technology:sbom'],
    },
    {
      name: 'generic relations use type and direction',
      data: { entity: { ...japan, relations: [{ type: 'SIGNED', direction: 'OUT', node: guidance, evidence: [ev] }, { type: 'ATTENDED', direction: 'IN', node: { id: 'person:x', type: 'Person', name: 'X' }, evidence: [] }] } },
      nodes: ['country:JP', 'statement:sbom-shared-vision', 'person:x'],
      edges: ['country:JP|SIGNED|statement:sbom-shared-vision', 'person:x|ATTENDED|country:JP'],
    },
    {
      name: 'path hops with entity ends',
      data: { path: [{ length: 1, nodes: [japan, guidance], hops: [{ type: 'SIGNED', from: { id: 'country:JP' }, to: { id: 'statement:sbom-shared-vision' }, evidence: [ev] }] }] },
      nodes: ['country:JP', 'statement:sbom-shared-vision'],
      edges: ['country:JP|SIGNED|statement:sbom-shared-vision'],
    },
    {
      name: 'search hit wrapping a meeting with attendees and heldIn',
      data: { search: [{ score: 9, matched: 'TELWG', node: { id: 'meeting:apec-telwg-70', __typename: 'Meeting', name: 'APEC TELWG 70', nameZh: 'APEC電信暨資訊工作小組第70次會議', attendees: [{ node: { ...japan, __typename: 'Country' }, evidence: [] }], heldIn: [{ node: { id: 'country:PE', type: 'Country', name: 'Peru', nameZh: '秘魯' }, evidence: [] }] } }] },
      nodes: ['meeting:apec-telwg-70', 'country:JP', 'country:PE'],
      edges: ['country:JP|ATTENDED|meeting:apec-telwg-70', 'meeting:apec-telwg-70|HELD_IN|country:PE'],
    },
    {
      name: 'saved example query selecting only ids and names (examples/queries/sbom_signatories.graphql)',
      data: { signatories: [{ id: guidance.id, name: guidance.name, nameZh: guidance.nameZh, kind: 'guidance', signatories: [{ node: { __typename: 'Country', id: 'country:JP', name: 'Japan', nameZh: '日本' }, date: '2025-09-03', evidence: [ev] }] }] },
      nodes: ['statement:sbom-shared-vision', 'country:JP'],
      edges: ['country:JP|SIGNED|statement:sbom-shared-vision'],
    },
    {
      name: 'single edge field (Agency.country) and documents are not entities',
      data: { entity: { id: 'agency:jp-meti', type: 'Agency', name: 'METI', nameZh: '經濟產業省', country: { node: japan, evidence: [] }, mentions: [{ document: { id: 'd32f', title: 't' }, start: 1, end: 2 }] } },
      nodes: ['agency:jp-meti', 'country:JP'],
      edges: ['agency:jp-meti|PART_OF|country:JP'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const g = collectSubgraph(c.data);
      expect(g.nodes.map((n) => n.id).sort()).toEqual([...c.nodes].sort());
      expect(g.edges.map((e) => `${e.from}|${e.type}|${e.to}`).sort()).toEqual([...c.edges].sort());
    });
  }

  it('a bare {id} seen after the full record keeps the name', () => {
    const g = collectSubgraph({ path: [{ nodes: [japan, guidance], hops: [{ type: 'SIGNED', from: { id: 'country:JP' }, to: { id: guidance.id }, evidence: [] }] }] });
    expect(g.nodes.find((n) => n.id === 'country:JP')?.name).toBe('Japan');
    const bare = collectSubgraph({ hops: [{ type: 'SIGNED', from: { id: 'country:JP' }, to: { id: guidance.id }, evidence: [] }], nodes: [{ id: 'country:JP' }] });
    expect(bare.nodes.find((n) => n.id === 'country:JP')?.name).toBe('country:JP');
  });

  it('keeps evidence, date and document title on a fact', () => {
    const g = collectSubgraph({ signatories: [{ ...guidance, signatories: [{ date: '2025-09-03', node: japan, evidence: [ev] }] }] });
    expect(g.edges[0].date).toBe('2025-09-03');
    expect(g.edges[0].evidence).toEqual([ev]);
  });

  it('merges evidence of the same fact seen twice without duplicates', () => {
    const other = { ...ev, text: '日本簽署SBOM國際共通指引', start: 100, end: 114 };
    const a: Subgraph = { nodes: [japan, guidance], edges: [{ type: 'SIGNED', from: 'country:JP', to: guidance.id, evidence: [ev] }] };
    const b: Subgraph = { nodes: [japan], edges: [{ type: 'SIGNED', from: 'country:JP', to: guidance.id, evidence: [ev, other] }] };
    const g = mergeSubgraphs(a, b);
    expect(g.nodes).toHaveLength(2);
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0].evidence.map((e) => e.start)).toEqual([612, 100]);
  });
});

describe('typeFromId', () => {
  it.each([
    ['country:JP', 'Country'],
    ['statement:sbom網路安全之共同願景', 'Statement'],
    ['technology:sbom', 'Technology'],
    ['d32f25cffe198b36', ''],
    ['document:x', ''],
  ])('%s → %j', (id, want) => expect(typeFromId(id)).toBe(want));
});

describe('toElements', () => {
  const fifteen = ['JP', 'US', 'DE', 'FR', 'IT', 'NL', 'CA', 'AU', 'NZ', 'IN', 'SG', 'KR', 'PL', 'CZ', 'SK'];
  const g: Subgraph = {
    nodes: [guidance, ...fifteen.map((c) => ({ id: `country:${c}`, type: 'Country', name: c, nameZh: c }))],
    edges: [
      ...fifteen.map((c) => ({ type: 'SIGNED', from: `country:${c}`, to: guidance.id, date: '2025-09-03', evidence: [ev] })),
      { type: 'ISSUED', from: 'agency:us-cisa', to: guidance.id, evidence: [] }, // CISA not drawn: edge dropped
    ],
  };

  it('draws the 15 signatories of the SBOM guidance and drops dangling facts', () => {
    const els = toElements(g, 'zh');
    const nodes = els.filter((e) => e.group === 'nodes');
    const edges = els.filter((e) => e.group === 'edges');
    expect(nodes).toHaveLength(16);
    expect(edges).toHaveLength(15);
    expect(edges.every((e) => e.data.target === guidance.id && e.data.label === 'SIGNED')).toBe(true);
    expect(nodes[0].classes).toBe('Statement');
    expect(nodes[0].data.label).toBe('SBOM網路安全之共同願景');
  });

  it.each([
    ['zh', japan, '日本'],
    ['en', japan, 'Japan'],
    ['en', { id: 'agency:us-cisa', name: 'Cybersecurity and Infrastructure Security Agency', nameZh: '美國網路安全暨基礎設施安全局', abbr: 'CISA' }, 'CISA'],
    ['en', { id: 'agency:tw-acs', name: '', nameZh: '資通安全署', abbr: null }, '資通安全署'],
    ['zh', { id: 'technology:6g', name: '6G', nameZh: null, abbr: null }, '6G'],
  ] as const)('label in %s of %j is %s', (lang, n, want) => {
    expect(nodeLabel(n, lang)).toBe(want);
  });
});
