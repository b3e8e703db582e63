package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Stats is what the graph holds.
type Stats struct {
	Entities        int
	EntitiesByType  []TypeCount
	Relations       int
	RelationsByType []RelationCount
	Documents       int
	LastLoadedAt    *time.Time
}

// TypeCount is how many entities have one type.
type TypeCount struct {
	Type  EntityType
	Count int
}

// RelationCount is how many facts have one type.
type RelationCount struct {
	Type  RelationType
	Count int
}

// Stats counts entities by type, facts by type and documents, in one
// transaction; every type is listed, zero included.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) (Stats, error) {
		var st Stats
		recs, err := run(ctx, tx, `
UNWIND $types AS t
CALL (t) { MATCH (e:Entity) WHERE t IN labels(e) RETURN count(e) AS n }
RETURN t, n`, map[string]any{"types": typeNames(EntityTypes)})
		if err != nil {
			return st, err
		}
		for _, r := range recs {
			n := int(num(get(r, "n")))
			st.EntitiesByType = append(st.EntitiesByType, TypeCount{EntityType(str(get(r, "t"))), n})
			st.Entities += n
		}
		recs, err = run(ctx, tx, `
MATCH ()-[r]->() WHERE type(r) IN $types
RETURN type(r) AS t, count(r) AS n`, map[string]any{"types": relNames(nil)})
		if err != nil {
			return st, err
		}
		byType := map[string]int{}
		for _, r := range recs {
			byType[str(get(r, "t"))] = int(num(get(r, "n")))
		}
		for _, t := range FactTypes {
			st.RelationsByType = append(st.RelationsByType, RelationCount{t, byType[string(t)]})
			st.Relations += byType[string(t)]
		}
		recs, err = run(ctx, tx, `MATCH (d:Document) RETURN count(d) AS n, max(d.loadedAt) AS last`, nil)
		if err != nil || len(recs) == 0 {
			return st, err
		}
		st.Documents = int(num(get(recs[0], "n")))
		switch t := get(recs[0], "last").(type) {
		case time.Time:
			st.LastLoadedAt = &t
		case dbtype.LocalDateTime:
			tt := t.Time()
			st.LastLoadedAt = &tt
		}
		return st, nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("read graph stats: %w", err)
	}
	return st, nil
}
