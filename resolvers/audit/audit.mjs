// Runs the graphql-http server audits (the GraphQL-over-HTTP specification's
// MUST/SHOULD/MAY checks) against a live /graphql URL and prints one JSON
// line per audit. Exit status 1 when any MUST fails.
//
//   node audit.mjs http://127.0.0.1:18089/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs GRAPHQL_URL');
  process.exit(2);
}
const results = await auditServer({ url });
let mustFailed = 0;
for (const r of results) {
  const out = { id: r.id, name: r.name, status: r.status };
  if (r.status !== 'ok') {
    out.reason = r.reason;
    if (r.name.startsWith('MUST')) mustFailed++;
  }
  console.log(JSON.stringify(out));
}
console.error(`${results.length} audits, ${results.filter((r) => r.status === 'ok').length} ok, ${mustFailed} MUST failed`);
process.exit(mustFailed > 0 ? 1 : 0);
