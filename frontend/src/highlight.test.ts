import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

const marked = (text: string, names: string[]) =>
  highlight(text, names)
    .filter((s) => s.hit)
    .map((s) => s.text);

describe('highlight', () => {
  it.each([
    {
      name: 'both ends of a SIGNED fact in the SBOM sentence',
      text: '於2025年9月3日,由日本內閣官房網路安全統括室為首,偕同經濟產業省共同代表日本簽署了該份指引,包含日本在內,尚有美國、德國',
      names: ['日本', 'Japan', '該份指引'],
      want: ['日本', '日本', '該份指引', '日本'],
    },
    {
      name: 'longest name wins over a shorter one inside it',
      text: '由美國網路安全暨基礎設施安全局(Cybersecurity and Infrastructure Security Agency, 簡稱CISA)自2024年以來',
      names: ['美國', '美國網路安全暨基礎設施安全局', 'CISA'],
      want: ['美國網路安全暨基礎設施安全局', 'CISA'],
    },
    {
      name: '台/臺 folded, original characters kept',
      text: '數位發展部前部長唐鳳與我國駐臺拉維夫臺北經濟文化辦事處李雅萍處長一同出席',
      names: ['駐台拉維夫台北經濟文化辦事處', '唐鳳'],
      want: ['唐鳳', '駐臺拉維夫臺北經濟文化辦事處'],
    },
    {
      name: 'latin names match whole words only, case-insensitively',
      text: 'AI技術:採取「風險基礎方法」(risk-based approach),降低AIR與ai風險',
      names: ['AI'],
      want: ['AI', 'ai'],
    },
    {
      name: 'one-character names are ignored',
      text: '美、日、韓國',
      names: ['美', '日'],
      want: [],
    },
  ])('$name', ({ text, names, want }) => {
    expect(marked(text, names)).toEqual(want);
    expect(highlight(text, names).map((s) => s.text).join('')).toBe(text);
  });
});
