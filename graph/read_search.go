package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// SearchHit is one entity a search found, with the name that matched.
type SearchHit struct {
	Node    Node
	Score   float64
	Matched string
}

// The fold applied to both sides: case, and 臺/台 (both spellings are common
// in Taiwanese texts). Every word of the query must occur in one name.
const searchEntities = `
MATCH (e:Entity)
WHERE (size($labels) = 0 OR any(l IN labels(e) WHERE l IN $labels))
  // A cheap first cut on the first word before the ranking below.
  AND (toLower(e.name) CONTAINS $w0 OR replace(e.nameZh, '臺', '台') CONTAINS $w0 OR toLower(e.abbr) CONTAINS $w0
       OR any(a IN coalesce(e.aliases, []) WHERE replace(toLower(a), '臺', '台') CONTAINS $w0)
       OR replace(toLower(e.name), '臺', '台') CONTAINS $w0)
WITH e, [x IN [e.name, e.nameZh, e.abbr] + coalesce(e.aliases, []) WHERE x IS NOT NULL AND x <> ''] AS names
WITH e, [x IN names | {name: x, f: replace(toLower(x), '臺', '台')}] AS names
WITH e, [x IN names WHERE all(w IN $words WHERE x.f CONTAINS w)] AS hits
WHERE size(hits) > 0
WITH e, hits,
     [x IN hits WHERE x.f = $q] AS exact,
     [x IN hits WHERE x.f STARTS WITH $q] AS prefix
WITH e, CASE WHEN size(exact) > 0 THEN exact[0] WHEN size(prefix) > 0 THEN prefix[0] ELSE hits[0] END AS best,
     CASE WHEN size(exact) > 0 THEN 3.0 WHEN size(prefix) > 0 THEN 2.0 ELSE 1.0 END AS tier
WITH e, best.name AS matched,
     tier + toFloat(size($q)) / toFloat(size(best.f) + 1) + 0.001 * COUNT { (e)-[]-() } AS score
RETURN e, matched, score
ORDER BY score DESC, e.id
LIMIT $first`

// Search finds entities whose name, Chinese name, abbreviation or an alias
// contains text (every word of it), case-insensitive and with 臺/台 folded.
// Exact matches rank first, then prefixes, then shorter names and
// better-connected entities.
func (s *Store) Search(ctx context.Context, text string, types []EntityType, first int) ([]SearchHit, error) {
	q := foldSearch(text)
	if q == "" {
		return []SearchHit{}, nil
	}
	recs, err := readRecords(ctx, s, "search", searchEntities, map[string]any{
		"q": q, "words": strings.Fields(q), "w0": strings.Fields(q)[0], "labels": typeNames(types), "first": first,
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	out := make([]SearchHit, 0, len(recs))
	for _, r := range recs {
		n, _ := get(r, "e").(dbtype.Node)
		e := entityFromNode(n)
		score, _ := get(r, "score").(float64)
		out = append(out, SearchHit{Node: ToNode(&e), Score: score, Matched: str(get(r, "matched"))})
	}
	return out, nil
}

func foldSearch(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.ReplaceAll(s, "臺", "台")
}
