package resolvers

import (
	"context"
	"encoding/base64"
	"fmt"
	"regexp"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/resolvers/model"
)

// Caps on sizes a client may ask for; larger is an error that says so, so a
// client never silently gets less than it asked for.
const (
	defaultMaxFirst      = 500
	maxNeighborhoodLimit = 2000
)

// count checks a `first`/`limit` style argument against [lo, hi]: nil means def.
func count(name string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < lo || *v > hi {
		return 0, fmt.Errorf("%s must be between %d and %d, got %d", name, lo, hi, *v)
	}
	return *v, nil
}

// firstN checks a `first` argument against the server's cap (Options.MaxFirst).
func (r *Resolver) firstN(v *int, def int) (int, error) {
	return count("first", v, min(def, r.maxFirst), 0, r.maxFirst)
}

// Cursors are opaque to clients: base64 of the sort key of the last item.
func cursor(key string) *string {
	c := base64.RawURLEncoding.EncodeToString([]byte(key))
	return &c
}

func fromCursor(after *string) (string, error) {
	if after == nil || *after == "" {
		return "", nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*after)
	if err != nil || len(b) == 0 {
		return "", fmt.Errorf("after: %q is not a cursor this API gave (use pageInfo.endCursor of the previous page)", *after)
	}
	return string(b), nil
}

var datePattern = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

func date(name string, v *string) (string, error) {
	if v == nil || *v == "" {
		return "", nil
	}
	if !datePattern.MatchString(*v) {
		return "", fmt.Errorf("%s: %q is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", name, *v)
	}
	return *v, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// bodies are the entity types that make up the Body interface.
var bodies = []graph.EntityType{graph.Country, graph.Agency, graph.Organization}

// edges reads one kind of fact of entity id through the request's batch loader.
func (r *Resolver) edges(ctx context.Context, id string, firstArg *int, def int, types []graph.RelationType, dir graph.Direction, nodeTypes ...graph.EntityType) ([]*graph.Edge, error) {
	n, err := r.firstN(firstArg, def)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return []*graph.Edge{}, nil
	}
	ev, err := r.evidenceWanted(ctx)
	if err != nil {
		return nil, err
	}
	l := r.loadersFrom(ctx)
	es, err := l.edgeLoader(graph.EdgeSpec{Types: types, Direction: dir, NodeTypes: nodeTypes, First: n, Evidence: ev}).Load(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make([]*graph.Edge, len(es))
	for i := range es {
		out[i] = &es[i]
	}
	return out, nil
}

// edge is edges for a field that holds at most one fact.
func (r *Resolver) edge(ctx context.Context, id string, t graph.RelationType, dir graph.Direction, nodeTypes ...graph.EntityType) (*graph.Edge, error) {
	one := 1
	es, err := r.edges(ctx, id, &one, 1, []graph.RelationType{t}, dir, nodeTypes...)
	if err != nil || len(es) == 0 {
		return nil, err
	}
	return es[0], nil
}

func rels(ts ...graph.RelationType) []graph.RelationType { return ts }

// relations is the Entity.relations field shared by every type.
func (r *Resolver) relations(ctx context.Context, id string, types []graph.RelationType, direction *graph.Direction, firstArg *int) ([]*graph.Edge, error) {
	dir := graph.Both
	if direction != nil {
		dir = *direction
	}
	return r.edges(ctx, id, firstArg, 50, types, dir)
}

// mentions is the Entity.mentions field shared by every type.
func (r *Resolver) mentions(ctx context.Context, id string, firstArg *int) ([]*graph.Mention, error) {
	n, err := r.firstN(firstArg, 20)
	if err != nil {
		return nil, err
	}
	ms, err := r.loadersFrom(ctx).mentions.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	if len(ms) > n {
		ms = ms[:n]
	}
	out := make([]*graph.Mention, len(ms))
	for i := range ms {
		out[i] = &ms[i]
	}
	return out, nil
}

// document resolves an evidence's or mention's document id.
func (r *Resolver) document(ctx context.Context, id string) (*graph.Document, error) {
	d, err := r.loadersFrom(ctx).documents.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	if d == nil {
		// The fact outlived its document's node (a load in progress); the id
		// still lets a client fetch the file.
		return &graph.Document{ID: id}, nil
	}
	return d, nil
}

// unavailableMessage is what clients see when Neo4j cannot be reached.
const unavailableMessage = "graph store unavailable"

// list reads one page of entities and its paging state.
func (r *Resolver) list(ctx context.Context, f graph.ListFilter, firstArg *int, after *string) ([]graph.Entity, *model.PageInfo, int, error) {
	n, err := r.firstN(firstArg, 100)
	if err != nil {
		return nil, nil, 0, err
	}
	if f.After, err = fromCursor(after); err != nil {
		return nil, nil, 0, err
	}
	f.First = n
	page, err := r.store.ListEntities(ctx, f)
	if err != nil {
		return nil, nil, 0, err
	}
	info := &model.PageInfo{HasNextPage: page.HasNextPage}
	if len(page.Items) > 0 {
		info.EndCursor = cursor(page.Items[len(page.Items)-1].ID)
	}
	return page.Items, info, page.TotalCount, nil
}

// nodes wraps entities in their GraphQL node type T (graph.CountryEntity…).
func nodes[T ~struct{ graph.Entity }](es []graph.Entity) []*T {
	out := make([]*T, len(es))
	for i := range es {
		t := T{es[i]}
		out[i] = &t
	}
	return out
}
