// Prints what each page downloads before it can work (its HTML's scripts,
// modulepreloads and stylesheets), raw and gzip-compressed, from dist/.
// Workers and lazily imported chunks (monaco languages) load later and are
// listed apart. Run after `npm run build`: `npm run size`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const size = (file) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
};

const counted = new Set();
for (const page of ['index.html', 'graphiql/index.html']) {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="((?:\.\.\/|\.\/)?assets\/[^"]+)"/g)].map((m) => m[1].replace(/^(\.\.\/|\.\/)/, ''));
  let raw = 0;
  let gz = 0;
  for (const r of refs) {
    const s = size(join(dist, r));
    raw += s.raw;
    gz += s.gz;
    counted.add(r);
  }
  console.log(`${page.padEnd(20)} initial: ${kb(raw).padStart(12)} raw, ${kb(gz).padStart(11)} gzip (${refs.length} files)`);
}
let raw = 0;
let gz = 0;
for (const f of readdirSync(join(dist, 'assets'))) {
  if (counted.has(`assets/${f}`)) continue;
  const s = size(join(dist, 'assets', f));
  raw += s.raw;
  gz += s.gz;
}
console.log(`${'lazy (workers, langs)'.padEnd(20)}          ${kb(raw).padStart(12)} raw, ${kb(gz).padStart(11)} gzip`);
