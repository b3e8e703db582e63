// Package resolvers answers GraphQL queries (schema.graphqls) over graph.Store.
package resolvers

import "net/http"

// Options configures the GraphQL handler.
type Options struct{}

// NewHandler returns the /graphql handler. (Skeleton: the API issue replaces it.)
func NewHandler(opts Options) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "GraphQL API not built yet", http.StatusNotImplemented)
	})
}
