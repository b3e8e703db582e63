// Package resolvers answers GraphQL queries (schema.graphqls) over graph.Store.
// Resolvers are thin: they check arguments, then call one graph read, through
// the request's batch loaders (loaders.go) wherever a field sits under a list.
package resolvers

//go:generate sh -c "cd .. && go tool gqlgen generate && go run ./resolvers/internal/inlinelists resolvers/exec/generated.go"

import "github.com/policygraph/policygraph/graph"

// Resolver is the root of all resolvers; one serves the whole process.
type Resolver struct {
	store    *graph.Store
	maxFirst int // cap on `first` and on ids per query (Options.MaxFirst)
}
