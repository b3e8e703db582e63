import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, type UrlState } from './urlstate';

describe('URL state', () => {
  const cases: Array<[string, UrlState]> = [
    ['#/', { view: { kind: 'home' }, lang: 'zh' }],
    ['#/entity/country:JP', { view: { kind: 'entity', id: 'country:JP' }, lang: 'zh' }],
    ['#/entity/country:JP?lang=en', { view: { kind: 'entity', id: 'country:JP' }, lang: 'en' }],
    ['#/path/country:JP/technology:sbom', { view: { kind: 'path', from: 'country:JP', to: 'technology:sbom' }, lang: 'zh' }],
    ['#/preset/sbom-signatories?lang=en', { view: { kind: 'preset', name: 'sbom-signatories' }, lang: 'en' }],
    ['#/search/%E6%95%B8%E4%BD%8D%E7%99%BC%E5%B1%95%E9%83%A8', { view: { kind: 'search', text: '數位發展部' }, lang: 'zh' }],
    ['#/entity/statement:sbom-shared-vision', { view: { kind: 'entity', id: 'statement:sbom-shared-vision' }, lang: 'zh' }],
  ];
  it.each(cases)('%s round-trips', (hash, state) => {
    expect(parseHash(hash)).toEqual(state);
    expect(formatHash(state)).toBe(hash);
  });

  it.each([
    ['', { view: { kind: 'home' }, lang: 'zh' }],
    ['#/entity/', { view: { kind: 'home' }, lang: 'zh' }],
    ['#/path/country:JP', { view: { kind: 'home' }, lang: 'zh' }],
    ['#/entity/country%3AJP', { view: { kind: 'entity', id: 'country:JP' }, lang: 'zh' }],
    ['#/entity/bad%E0', { view: { kind: 'entity', id: 'bad%E0' }, lang: 'zh' }],
    ['#/entity/country:TW?lang=xx', { view: { kind: 'entity', id: 'country:TW' }, lang: 'zh' }],
    ['#/unknown/thing', { view: { kind: 'home' }, lang: 'zh' }],
  ] as const)('parses %j leniently', (hash, want) => {
    expect(parseHash(hash)).toEqual(want);
  });

  it('keeps the default language when the hash has none', () => {
    expect(parseHash('#/entity/country:JP', 'en').lang).toBe('en');
  });

  it('escapes characters that would break the hash but keeps ids readable', () => {
    const h = formatHash({ view: { kind: 'search', text: 'A/B ?x#' }, lang: 'zh' });
    expect(h).toBe('#/search/A%2FB%20%3Fx%23');
    expect(parseHash(h).view).toEqual({ kind: 'search', text: 'A/B ?x#' });
  });
});
