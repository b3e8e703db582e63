package resolvers

import (
	"context"

	"reflect"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/resolvers/exec"
)

// complexity prices a query before it runs: a list field costs its `first`
// (or default) times the cost of one element, so nesting lists multiplies,
// as it does in Neo4j. Everything else costs gqlgen's default of 1 + children.
func complexity() exec.ComplexityRoot {
	var c exec.ComplexityRoot
	perItem := func(def int) func(child int, first *int) int {
		return func(child int, first *int) int { return (1 + child) * size(first, def) }
	}
	// Every edge list of every type has the signature func(child, first); set
	// them all at once rather than listing sixty fields that would drift from
	// the schema.
	fn := reflect.TypeOf(perItem(0))
	root := reflect.ValueOf(&c).Elem()
	for i := 0; i < root.NumField(); i++ {
		typ := root.Field(i)
		for j := 0; j < typ.NumField(); j++ {
			if f := typ.Field(j); f.Type() == fn {
				def := 50
				switch typ.Type().Field(j).Name {
				case "Mentions":
					def = 20
				case "Signatories":
					def = 100
				case "FirstEvidence":
					// Spans are flat rows read in the same statement as
					// their fact, so a page of the default size prices as
					// one element (as evidence did before paging) and
					// larger pages proportionally: first: 500 costs 25×.
					f.Set(reflect.ValueOf(func(child int, first *int) int {
						return (1 + child) * max(1, (size(first, defaultEvidenceFirst)+defaultEvidenceFirst-1)/defaultEvidenceFirst)
					}))
					continue
				}
				f.Set(reflect.ValueOf(perItem(def)))
			}
		}
	}
	relations := func(child int, _ []graph.RelationType, _ *graph.Direction, first *int) int {
		return (1 + child) * size(first, 50)
	}
	c.Country.Relations, c.Agency.Relations, c.Organization.Relations = relations, relations, relations
	c.Meeting.Relations, c.Statement.Relations, c.Technology.Relations, c.Person.Relations = relations, relations, relations, relations
	list := func(child int, first *int, _ *string) int { return (1 + child) * size(first, 100) }
	c.Query.Countries, c.Query.Technologies, c.Query.Documents, c.Query.DocumentPage = list, list, list, list
	c.Query.Agencies = func(child int, _ *string, first *int, _ *string) int { return (1 + child) * size(first, 100) }
	c.Query.Organizations = c.Query.Agencies
	c.Query.Meetings = func(child int, _, _, _, _, _ *string, first *int, _ *string) int {
		return (1 + child) * size(first, 100)
	}
	c.Query.Statements = func(child int, _, _, _, _ *string, first *int, _ *string) int { return (1 + child) * size(first, 100) }
	c.Query.Search = func(child int, _ string, _ []graph.EntityType, first *int) int { return (1 + child) * size(first, 20) }
	c.Query.Signatories = func(child int, _, _ *string, first *int) int { return (1 + child) * size(first, 100) }
	c.Query.Entities = func(child int, ids []string) int { return (1 + child) * max(len(ids), 1) }
	c.Query.Path = func(child int, _, _ string, _ *int, first *int) int { return (1 + child) * size(first, 10) }
	c.Query.Neighborhood = func(child int, _ string, _, limit *int, _ []graph.RelationType) int {
		return (1 + child) * size(limit, 200)
	}
	return c
}

// size is the count a list argument asks for, clamped to what the resolver
// would accept, so pricing never overflows on absurd values (the resolver
// rejects those with a clear error).
func size(v *int, def int) int {
	if v == nil {
		return def
	}
	return min(max(*v, 1), maxNeighborhoodLimit)
}

// depthLimit rejects operations nested deeper than max fields (introspection
// fields do not count: GraphiQL's schema query is deep by nature).
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if n := depth(oc.Operation.SelectionSet, oc.Doc.Fragments, 0); n > d.max {
		return gqlerror.Errorf("query is nested %d levels deep; the limit is %d (split it into several queries)", n, d.max)
	}
	return nil
}

// depth is the deepest chain of fields below set; seen guards against
// fragment cycles, which validation rejects anyway.
func depth(set ast.SelectionSet, frags ast.FragmentDefinitionList, guard int) int {
	if guard > 100 {
		return guard
	}
	deepest := 0
	for _, sel := range set {
		var n int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Name) > 1 && s.Name[:2] == "__" {
				continue
			}
			n = 1 + depth(s.SelectionSet, frags, guard+1)
		case *ast.InlineFragment:
			n = depth(s.SelectionSet, frags, guard+1)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				n = depth(f.SelectionSet, frags, guard+1)
			}
		}
		deepest = max(deepest, n)
	}
	return deepest
}
