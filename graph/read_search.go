package graph

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// SearchHit is one entity a search found, with the name that matched.
type SearchHit struct {
	Node    Node
	Score   float64
	Matched string
}

// DefaultSearchScanMax is how many entities Search compares one by one (exact
// substring semantics) before it takes its candidates from the full-text
// index instead (word and prefix semantics, scales to any size).
const DefaultSearchScanMax = 20000

// searchCandidates bounds what the full-text index hands to the ranking.
const searchCandidates = 1000

// The fold applied to both sides: case, and 臺/台 (both spellings are common
// in Taiwanese texts). Every word of the query must occur in one name. The
// writer stores each entity's names folded (e.folded, in the order of names
// below), so the scan compares strings without folding each one per query;
// an entity written without it is folded here. %s is the label expression
// of the wanted types (validated EntityType constants, never input), so the
// scan reads only those entities.
const searchEntities = `
CALL () { MATCH (x:Entity) RETURN count(x) AS total }
CALL (total) {
  WITH total WHERE $lucene IS NULL OR total <= $scanMax
  MATCH (e:%s)
  // A cheap first cut on the first word before the ranking below.
  WHERE any(x IN coalesce(e.folded, [x IN [e.name, e.nameZh, e.abbr] + coalesce(e.aliases, []) WHERE x IS NOT NULL | replace(toLower(x), '臺', '台')])
            WHERE x CONTAINS $w0)
  RETURN e
  UNION
  WITH total WHERE $lucene IS NOT NULL AND total > $scanMax
  CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node
  RETURN node AS e
}
WITH e WHERE size($labels) = 0 OR any(l IN labels(e) WHERE l IN $labels)
WITH e, [x IN [e.name, e.nameZh, e.abbr] + coalesce(e.aliases, []) WHERE x IS NOT NULL AND x <> ''] AS names
WITH e, names, coalesce(e.folded, [x IN names | replace(toLower(x), '臺', '台')]) AS fs
WITH e, [i IN range(0, size(names) - 1) WHERE all(w IN $words WHERE fs[i] CONTAINS w) | {name: names[i], f: fs[i]}] AS hits
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

// labelExpr is the label expression matching any of ts ("Entity" for none).
func labelExpr(ts []EntityType) (string, error) {
	if len(ts) == 0 {
		return "Entity", nil
	}
	names := typeNames(ts)
	for i, n := range names {
		if !ts[i].Valid() {
			return "", fmt.Errorf("unknown entity type %q (want one of %v)", n, EntityTypes)
		}
	}
	return strings.Join(names, "|"), nil
}

// Search finds entities whose name, Chinese name, abbreviation or an alias
// contains text (every word of it), case-insensitive and with 臺/台 folded.
// Exact matches rank first, then prefixes, then shorter names and
// better-connected entities.
func (s *Store) Search(ctx context.Context, text string, types []EntityType, first int) ([]SearchHit, error) {
	return s.SearchWith(ctx, SearchQuery{Text: text, Types: types, First: first, ScanMax: DefaultSearchScanMax})
}

// SearchQuery is Search's input; ScanMax < 0 always uses the full-text index
// when the text allows it (tests).
type SearchQuery struct {
	Text    string
	Types   []EntityType
	First   int
	ScanMax int
}

// SearchWith is Search with the scan/index switch-over point given.
func (s *Store) SearchWith(ctx context.Context, sq SearchQuery) ([]SearchHit, error) {
	q := foldSearch(sq.Text)
	if q == "" {
		return []SearchHit{}, nil
	}
	words := strings.Fields(q)
	labels, err := labelExpr(sq.Types)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", sq.Text, err)
	}
	recs, err := readRecords(ctx, s, "search", fmt.Sprintf(searchEntities, labels), map[string]any{
		"q": q, "words": words, "w0": words[0], "labels": typeNames(sq.Types), "first": sq.First,
		"lucene": lucene(words), "scanMax": sq.ScanMax, "index": EntityNamesIndex, "candidates": searchCandidates,
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", sq.Text, err)
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

// lucene turns folded query words into a full-text query for the cjk
// analyzer: Chinese words as phrases (the analyzer indexes character
// bigrams, so a phrase of two or more characters is a substring match; both
// 台 and 臺 spellings), other words as the word or a prefix of one, all
// required. Nil (use the scan) when a Chinese word is a single character,
// which bigrams cannot find.
func lucene(words []string) any {
	parts := make([]string, 0, len(words))
	for _, w := range words {
		han := 0
		for _, r := range w {
			if unicode.Is(unicode.Han, r) {
				han++
			}
		}
		switch {
		case han == 1 && utf8.RuneCountInString(w) == 1:
			return nil
		case han > 0:
			alt := strings.ReplaceAll(w, "台", "臺")
			parts = append(parts, fmt.Sprintf(`("%s" OR "%s")`, escapePhrase(w), escapePhrase(alt)))
		default:
			e := luceneEscaper.Replace(w)
			parts = append(parts, fmt.Sprintf("(%s OR %s*)", e, e))
		}
	}
	return strings.Join(parts, " AND ")
}

// Lucene query syntax characters, escaped so user text is only ever terms.
var luceneEscaper = strings.NewReplacer(`\`, `\\`, `+`, `\+`, `-`, `\-`, `&`, `\&`, `|`, `\|`, `!`, `\!`,
	`(`, `\(`, `)`, `\)`, `{`, `\{`, `}`, `\}`, `[`, `\[`, `]`, `\]`, `^`, `\^`, `"`, `\"`, `~`, `\~`,
	`*`, `\*`, `?`, `\?`, `:`, `\:`, `/`, `\/`)

func escapePhrase(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

func foldSearch(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.ReplaceAll(s, "臺", "台")
}
