package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// ListFilter narrows a list of entities of one type. Empty fields do not
// filter. Pages are ordered by id; After is the id of the last entity of the
// previous page.
type ListFilter struct {
	Type       EntityType
	Country    string // Agency: id of the country (PART_OF fact or country property)
	Kind       string // exact kind
	From, To   string // Meeting/Statement date range, YYYY[-MM[-DD]], inclusive
	Attendee   string // Meeting: id of an entity that ATTENDED it
	Technology string // id, name, abbreviation or alias; narrower technologies included
	Place      string // Meeting: place contains this text
	SignedBy   string // Statement: id of an entity that SIGNED it
	IssuedBy   string // Statement: id of an entity that ISSUED it
	First      int
	After      string
}

// Page is one page of a list.
type Page[T any] struct {
	Items       []T
	HasNextPage bool
	TotalCount  int
}

// techClosure binds techs to the ids of the Technology a term names (by id,
// or by name, Chinese name, abbreviation or alias folded as search folds
// them: case and 臺/台) and every narrower one (BROADER points narrower ->
// broader); null when $term is null, meaning "no technology filter". It opens
// the statements that filter on it, so the filter costs no extra round trip.
// $folded is the term folded (foldSearch).
const techClosure = `
CALL () {
  OPTIONAL MATCH (t:Technology)
  WHERE $term IS NOT NULL AND (t.id = $term
     OR $folded IN coalesce(t.folded, [x IN [t.name, t.nameZh, t.abbr] + coalesce(t.aliases, []) WHERE x IS NOT NULL | replace(toLower(x), '臺', '台')]))
  OPTIONAL MATCH (n:Technology)-[:BROADER*0..6]->(t)
  RETURN CASE WHEN $term IS NULL THEN null ELSE collect(DISTINCT n.id) END AS techs
}`

var listEntities = techClosure + `
MATCH (e:Entity)
WHERE $type IN labels(e)
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($country IS NULL OR e.country = $country OR EXISTS { (e)-[:PART_OF]->(c:Entity {id: $country}) WHERE c:Country })
  AND ($from IS NULL OR (e.date IS NOT NULL AND e.date <> '' AND coalesce(e.endDate, e.date) >= left($from, size(coalesce(e.endDate, e.date)))))
  AND ($to IS NULL OR (e.date IS NOT NULL AND e.date <> '' AND left(e.date, size($to)) <= $to))
  AND ($attendee IS NULL OR EXISTS { (:Entity {id: $attendee})-[:ATTENDED]->(e) })
  AND (techs IS NULL OR EXISTS { MATCH (e)-[:ADDRESSES]->(x:Technology) WHERE x.id IN techs })
  AND ($place IS NULL OR toLower(coalesce(e.place, '')) CONTAINS toLower($place))
  AND ($signedBy IS NULL OR EXISTS { (:Entity {id: $signedBy})-[:SIGNED]->(e) })
  AND ($issuedBy IS NULL OR EXISTS { (:Entity {id: $issuedBy})-[:ISSUED]->(e) })
WITH e ORDER BY e.id
WITH collect(e) AS items
RETURN size(items) AS total, [x IN items WHERE $after IS NULL OR x.id > $after][..$first + 1] AS page`

// ListEntities reads one page of entities of f.Type that pass f.
func (s *Store) ListEntities(ctx context.Context, f ListFilter) (Page[Entity], error) {
	if !f.Type.Valid() {
		return Page[Entity]{}, fmt.Errorf("list entities: unknown type %q", f.Type)
	}
	page, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) (Page[Entity], error) {
		recs, err := run(ctx, tx, listEntities, map[string]any{
			"type": string(f.Type), "kind": nullable(f.Kind), "country": nullable(f.Country),
			"from": nullable(f.From), "to": nullable(f.To), "attendee": nullable(f.Attendee),
			"term": nullable(f.Technology), "folded": foldSearch(f.Technology), "place": nullable(f.Place), "signedBy": nullable(f.SignedBy),
			"issuedBy": nullable(f.IssuedBy), "after": nullable(f.After), "first": f.First,
		})
		if err != nil || len(recs) == 0 {
			return Page[Entity]{}, err
		}
		nodes, _ := get(recs[0], "page").([]any)
		p := Page[Entity]{TotalCount: int(num(get(recs[0], "total")))}
		for i, n := range nodes {
			if i == f.First {
				p.HasNextPage = true
				break
			}
			nd, _ := n.(dbtype.Node)
			p.Items = append(p.Items, entityFromNode(nd))
		}
		return p, nil
	})
	if err != nil {
		return Page[Entity]{}, fmt.Errorf("list %s entities: %w", f.Type, err)
	}
	return page, nil
}

// ListDocuments reads one page of documents ordered by path; after is the
// path of the last document of the previous page.
func (s *Store) ListDocuments(ctx context.Context, first int, after string) (Page[Document], error) {
	recs, err := readRecords(ctx, s, "documents", `
MATCH (d:Document)
WITH d ORDER BY d.path, d.id
WITH collect(d) AS items
RETURN size(items) AS total, [x IN items WHERE $after IS NULL OR x.path > $after][..$first + 1] AS page`,
		map[string]any{"first": first, "after": nullable(after)})
	if err != nil || len(recs) == 0 {
		return Page[Document]{}, err
	}
	nodes, _ := get(recs[0], "page").([]any)
	p := Page[Document]{TotalCount: int(num(get(recs[0], "total")))}
	for i, n := range nodes {
		if i == first {
			p.HasNextPage = true
			break
		}
		nd, _ := n.(dbtype.Node)
		p.Items = append(p.Items, documentFromNode(nd))
	}
	return p, nil
}

// With a technology, the statements are found from it (a few ADDRESSES
// edges) rather than by scanning every statement.
var signedStatements = techClosure + `
CALL (techs) {
  WITH techs WHERE techs IS NOT NULL
  UNWIND techs AS tid
  MATCH (:Entity {id: tid})<-[:ADDRESSES]-(s:Statement)
  RETURN DISTINCT s
  UNION
  WITH techs WHERE techs IS NULL
  MATCH (s:Statement)
  RETURN s
}
WITH s WHERE EXISTS { (:Entity)-[:SIGNED]->(s) } AND ($kind IS NULL OR s.kind = $kind)
WITH s, COUNT { (:Entity)-[:SIGNED]->(s) } AS signers
RETURN s ORDER BY signers DESC, s.id
LIMIT $first`

// SignedStatements reads the statements that at least one body signed, about
// technology (id, name or abbreviation, narrower ones included) when given,
// of kind when given; most signatories first.
func (s *Store) SignedStatements(ctx context.Context, technology, kind string, first int) ([]Entity, error) {
	out, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) ([]Entity, error) {
		recs, err := run(ctx, tx, signedStatements, map[string]any{"kind": nullable(kind), "term": nullable(technology),
			"folded": foldSearch(technology), "first": first})
		if err != nil {
			return nil, err
		}
		out := make([]Entity, 0, len(recs))
		for _, r := range recs {
			n, _ := get(r, "s").(dbtype.Node)
			out = append(out, entityFromNode(n))
		}
		return out, nil
	})
	if err != nil {
		return nil, fmt.Errorf("read signed statements: %w", err)
	}
	return out, nil
}

// nullable turns "" into a Cypher null so `$x IS NULL` means "not given".
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
