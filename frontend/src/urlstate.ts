// The view a URL shares: #/entity/<id>, #/path/<from>/<to>, #/preset/<name>,
// #/search/<text>, each optionally followed by ?lang=en. Ids stay readable
// (country:JP, not country%3AJP); only characters that would break the hash
// are escaped.

import type { Lang } from './model';

export type View =
  | { kind: 'home' }
  | { kind: 'entity'; id: string }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'preset'; name: string }
  | { kind: 'search'; text: string };

export interface UrlState {
  view: View;
  lang: Lang;
}

function enc(s: string): string {
  return encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%40/g, '@');
}

function dec(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a hand-typed malformed escape: use it as written
  }
}

export function formatHash(st: UrlState): string {
  const v = st.view;
  let path: string;
  switch (v.kind) {
    case 'entity':
      path = `/entity/${enc(v.id)}`;
      break;
    case 'path':
      path = `/path/${enc(v.from)}/${enc(v.to)}`;
      break;
    case 'preset':
      path = `/preset/${enc(v.name)}`;
      break;
    case 'search':
      path = `/search/${enc(v.text)}`;
      break;
    default:
      path = '/';
  }
  return `#${path}${st.lang === 'en' ? '?lang=en' : ''}`;
}

export function parseHash(hash: string, defaultLang: Lang = 'zh'): UrlState {
  let h = hash.startsWith('#') ? hash.slice(1) : hash;
  let lang: Lang = defaultLang;
  const q = h.indexOf('?');
  if (q >= 0) {
    const params = new URLSearchParams(h.slice(q + 1));
    const l = params.get('lang');
    if (l === 'en' || l === 'zh') lang = l;
    h = h.slice(0, q);
  }
  const parts = h.split('/').filter((p) => p !== '').map(dec);
  const [kind, a, b] = parts;
  let view: View = { kind: 'home' };
  if (kind === 'entity' && a) view = { kind: 'entity', id: a };
  else if (kind === 'path' && a && b) view = { kind: 'path', from: a, to: b };
  else if (kind === 'preset' && a) view = { kind: 'preset', name: a };
  else if (kind === 'search' && a) view = { kind: 'search', text: a };
  return { view, lang };
}
