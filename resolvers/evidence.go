package resolvers

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/policygraph/policygraph/graph"
)

// defaultEvidenceFirst is the schema's default for `evidence(first:)`; the
// schema states it, this mirrors it for fields that leave it out.
const defaultEvidenceFirst = 20

// evidenceWanted reads from the query how much evidence the facts of the
// field being resolved need, so the read can stop there instead of sending
// every span of a fact stated by a thousand documents: the largest `first`
// of any `evidence` below the field (reached through the fields named in
// via, e.g. "hops" for a path), and whether any `evidenceCount` is asked.
// A `first` out of range is an error naming the cap.
func (r *Resolver) evidenceWanted(ctx context.Context, via ...string) (*graph.EvidencePage, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		// Called outside a GraphQL request (a test calling a resolver
		// directly): read everything, as before paging.
		return nil, nil
	}
	oc := graphql.GetOperationContext(ctx)
	page := &graph.EvidencePage{}
	var err error
	var walk func(set ast.SelectionSet, via []string)
	walk = func(set ast.SelectionSet, via []string) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				switch {
				case len(via) > 0:
					if s.Name == via[0] {
						walk(s.SelectionSet, via[1:])
					}
				case s.Name == "evidence":
					n := defaultEvidenceFirst
					if v, ok := s.ArgumentMap(oc.Variables)["first"]; ok && v != nil {
						switch x := v.(type) {
						case int64:
							n = int(x)
						case int:
							n = x
						}
					}
					if n < 0 || n > r.maxFirst {
						err = fmt.Errorf("evidence: first must be between 0 and %d, got %d", r.maxFirst, n)
					}
					page.First = max(page.First, min(max(n, 0), r.maxFirst))
				case s.Name == "evidenceCount":
					page.Count = true
				}
			case *ast.InlineFragment:
				walk(s.SelectionSet, via)
			case *ast.FragmentSpread:
				if f := oc.Doc.Fragments.ForName(s.Name); f != nil {
					walk(f.SelectionSet, via)
				}
			}
		}
	}
	walk(fc.Field.Selections, via)
	if err != nil {
		return nil, err
	}
	return page, nil
}
