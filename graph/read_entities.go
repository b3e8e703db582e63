package graph

import (
	"context"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// EntitiesByID reads the entities with the given ids in one statement; ids
// that name no entity are absent from the map.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) (map[string]*Entity, error) {
	recs, err := readRecords(ctx, s, "entities by id", `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*Entity, len(recs))
	for _, r := range recs {
		n, _ := get(r, "e").(dbtype.Node)
		e := entityFromNode(n)
		out[e.ID] = &e
	}
	return out, nil
}

// DocumentsByID reads documents by id in one statement.
func (s *Store) DocumentsByID(ctx context.Context, ids []string) (map[string]*Document, error) {
	recs, err := readRecords(ctx, s, "documents by id", `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*Document, len(recs))
	for _, r := range recs {
		n, _ := get(r, "d").(dbtype.Node)
		d := documentFromNode(n)
		out[d.ID] = &d
	}
	return out, nil
}

// MentionsOf reads where each entity is named, ordered by document path and
// offset, at most limit per entity, in one statement.
func (s *Store) MentionsOf(ctx context.Context, ids []string, limit int) (map[string][]Mention, error) {
	recs, err := readRecords(ctx, s, "mentions", `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[m:MENTIONED_IN]->(d:Document)
RETURN id, d.id AS doc, d.path AS path, m.starts AS starts, m.ends AS ends`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	type row struct {
		path string
		m    Mention
	}
	byID := map[string][]row{}
	for _, r := range recs {
		id, doc, path := str(get(r, "id")), str(get(r, "doc")), str(get(r, "path"))
		starts, _ := get(r, "starts").([]any)
		ends, _ := get(r, "ends").([]any)
		for i := range starts {
			if i >= len(ends) {
				break
			}
			byID[id] = append(byID[id], row{path, Mention{Document: doc, Start: int(num(starts[i])), End: int(num(ends[i]))}})
		}
	}
	out := make(map[string][]Mention, len(byID))
	for id, rows := range byID {
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].path != rows[j].path {
				return rows[i].path < rows[j].path
			}
			return rows[i].m.Start < rows[j].m.Start
		})
		if len(rows) > limit {
			rows = rows[:limit]
		}
		ms := make([]Mention, len(rows))
		for i, r := range rows {
			ms[i] = r.m
		}
		out[id] = ms
	}
	return out, nil
}
