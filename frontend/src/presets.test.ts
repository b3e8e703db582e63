import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS, mergePresets, PRESETS, titleOf } from './presets';
import { ENTITY, NEIGHBORHOOD, PATH, SEARCH } from './queries';

describe('presets', () => {
  it('every preset and explorer query is valid GraphQL', () => {
    for (const q of [...PRESETS.map((p) => p.query), ENTITY, NEIGHBORHOOD, PATH, SEARCH]) expect(() => parse(q)).not.toThrow();
  });

  it('bundles the saved example queries (examples/queries) as the same-named presets', () => {
    const sbom = PRESETS.find((p) => p.name === 'sbom_signatories')!;
    expect(sbom.description).toMatch(/SBOM/);
    expect(new Set(PRESETS.map((p) => p.name)).size).toBe(PRESETS.length);
  });

  it('offers the issue-5 questions', () => {
    const titles = PRESETS.map((p) => p.title);
    expect(titles).toContain('Who signed SBOM guidance?');
    expect(titles).toContain('Who attended APEC TELWG 70?');
  });

  it('titles come from the first comment line', () => {
    expect(titleOf('# Who signed SBOM guidance?\nquery { x }', 'f')).toBe('Who signed SBOM guidance?');
    expect(titleOf('query { x }', 'fallback')).toBe('fallback');
  });

  it('example files replace built-ins of the same name and add new ones with variables', () => {
    const got = mergePresets(BUILTIN_PRESETS.slice(0, 1), {
      '../../examples/queries/sbom_signatories.graphql': '# Which bodies signed which SBOM guidance?\nquery { signatories(technology: "SBOM") { id } }',
      '../../examples/queries/meetings-in.graphql': 'query M($place: String) { meetings(place: $place) { nodes { id } } }',
    }, { '../../examples/queries/meetings-in.json': '{"place":"魯汶"}' });
    expect(got.map((p) => [p.name, p.title, p.description])).toEqual([
      ['sbom_signatories', 'Who signed SBOM guidance?', 'Which bodies signed which SBOM guidance?'],
      ['meetings-in', 'meetings in', 'meetings in'],
    ]);
    expect(got[0].query).toContain('signatories(technology: "SBOM") { id }');
    expect(got[1].variables).toEqual({ place: '魯汶' });
  });
});
