#!/usr/bin/env python3
"""Write a CSV of who signed which guidance about a technology, with the evidence.

usage: python3 examples/signatories.py [--url URL] [--technology SBOM] [--out signatories.csv]

One row per (statement, signatory, evidence span): statement id and names, the
signatory's type, id and names, the date of the signing, and the sentence that
states it with its document and character offsets (code points, so
text[start:end] in Python gives the sentence back). Standard library only.
"""
import argparse
import csv
import json
import sys
import urllib.request

QUERY = """
query Signatories($technology: String) {
  signatories(technology: $technology) {
    id name nameZh date
    signatories(first: 500) {
      node { __typename id name nameZh }
      date
      evidence { text start end document { id title } }
    }
  }
}
"""

COLUMNS = ["statement_id", "statement_name", "statement_name_zh", "signatory_type", "signatory_id",
           "signatory_name", "signatory_name_zh", "date", "document_id", "document_title", "start", "end", "evidence"]


def graphql(url, query, variables):
    req = urllib.request.Request(url, data=json.dumps({"query": query, "variables": variables}).encode("utf-8"),
                                 headers={"Content-Type": "application/json",
                                          "Accept": "application/graphql-response+json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            body = json.load(res)
    except urllib.error.HTTPError as e:  # GraphQL errors may come with a 4xx status
        body = json.load(e)
    if body.get("errors"):
        raise SystemExit("GraphQL error: " + "; ".join(e["message"] for e in body["errors"]))
    return body["data"]


def rows(data):
    for st in data["signatories"]:
        for edge in st["signatories"]:
            node = edge["node"]
            for ev in edge["evidence"] or [{"text": "", "start": "", "end": "", "document": {"id": "", "title": ""}}]:
                yield [st["id"], st["name"], st["nameZh"] or "", node["__typename"], node["id"], node["name"],
                       node["nameZh"] or "", edge["date"] or st["date"] or "", ev["document"]["id"],
                       ev["document"]["title"], ev["start"], ev["end"], ev["text"]]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://127.0.0.1:8080/graphql", help="the GraphQL endpoint")
    ap.add_argument("--technology", default="SBOM", help="id, name or abbreviation; broader includes narrower")
    ap.add_argument("--out", default="-", help="CSV file to write, - for stdout")
    args = ap.parse_args()
    data = graphql(args.url, QUERY, {"technology": args.technology})
    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="", encoding="utf-8")
    w = csv.writer(out)
    w.writerow(COLUMNS)
    n = 0
    for row in rows(data):
        w.writerow(row)
        n += 1
    if out is not sys.stdout:
        out.close()
    print(f"{n} rows, {len(data['signatories'])} statements about {args.technology}", file=sys.stderr)


if __name__ == "__main__":
    main()
