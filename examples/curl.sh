#!/usr/bin/env bash
# examples/curl.sh — ask policygraph questions with nothing but curl.
#
# usage: examples/curl.sh [GRAPHQL_URL] [QUERY_FILE]
#   GRAPHQL_URL  default http://127.0.0.1:8080/graphql (or $POLICYGRAPH_URL)
#   QUERY_FILE   a .graphql file to POST; default examples/queries/sbom_signatories.graphql
#
# Shows the three ways to call the API: POST with JSON, GET with the query in
# the URL (cacheable), and an automatic persisted query (only the sha256 is sent
# once the server knows the query).
set -euo pipefail
url=${1:-${POLICYGRAPH_URL:-http://127.0.0.1:8080/graphql}}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
file=${2:-$here/queries/sbom_signatories.graphql}

# 1. POST: the query file as JSON (python3 does the escaping; jq would too).
body=$(python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1], encoding="utf-8").read()}))' "$file")
echo "# POST $file" >&2
curl -fsS "$url" -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data-binary "$body"
echo

# 2. GET: a small query in the URL.
echo "# GET stats" >&2
curl -fsS -G "$url" -H 'Accept: application/graphql-response+json' --data-urlencode 'query={ stats { entities relations documents } }'
echo

# 3. Automatic persisted query: register once with the query, then the hash alone.
q='{ search(text: "SBOM", first: 3) { node { id name } matched } }'
hash=$(printf '%s' "$q" | sha256sum | cut -d' ' -f1)
ext="{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"$hash\"}}"
echo "# persisted query $hash" >&2
curl -fsS "$url" -H 'Content-Type: application/json' \
  --data-binary "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "extensions": json.loads(sys.argv[2])}))' "$q" "$ext")" >/dev/null
curl -fsS -G "$url" --data-urlencode "extensions=$ext"
echo
