// Evidence sentences are shown with the names of the fact's two entities
// highlighted. Matching folds case and the 臺/台 variant (the loader folds
// them the same way) but the segments keep the original characters.

export interface Segment {
  text: string;
  hit: boolean;
}

const VARIANTS: Record<string, string> = { 臺: '台', 羣: '群', 峯: '峰', 衞: '衛' };

function fold(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += VARIANTS[ch] ?? ch;
  return out;
}

// highlight splits text into segments, marking every occurrence of any of
// names (longest first, no overlaps).
export function highlight(text: string, names: Array<string | null | undefined>): Segment[] {
  const chars = [...text];
  const folded = chars.map((c) => fold(c));
  const needles = [...new Set(names.filter((n): n is string => !!n && n.trim().length >= 2).map((n) => [...fold(n.trim())]))]
    .sort((a, b) => b.length - a.length);
  const hit = new Array<boolean>(chars.length).fill(false);
  for (const nd of needles) {
    for (let i = 0; i + nd.length <= chars.length; i++) {
      let ok = true;
      for (let j = 0; j < nd.length; j++) {
        if (hit[i + j] || folded[i + j] !== nd[j]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // Latin names must not match inside a longer word (AI in "AIR").
      if (isWord(nd[0]) && i > 0 && isWord(folded[i - 1])) continue;
      if (isWord(nd[nd.length - 1]) && i + nd.length < chars.length && isWord(folded[i + nd.length])) continue;
      for (let j = 0; j < nd.length; j++) hit[i + j] = true;
      i += nd.length - 1;
    }
  }
  const segs: Segment[] = [];
  for (let i = 0; i < chars.length; i++) {
    const last = segs[segs.length - 1];
    if (last && last.hit === hit[i]) last.text += chars[i];
    else segs.push({ text: chars[i], hit: hit[i] });
  }
  return segs;
}

function isWord(c: string | undefined): boolean {
  return !!c && /[a-z0-9]/.test(c);
}
