package resolvers

import (
	"context"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/policygraph/policygraph/graph"
)

// batchWait is how long a loader collects keys before it sends one
// statement for all of them. gqlgen resolves a list's elements concurrently,
// so siblings arrive within microseconds; 16 ms (the package default) would
// add that much latency to every nested level.
const batchWait = 2 * time.Millisecond

// maxMentions is how many mentions per entity one batch reads; a `first`
// argument slices within it.
const maxMentions = 500

// loaders batches the reads of one request: every entity asking for the same
// kind of thing waits a moment and the store answers all of them at once.
// One set per request, so nothing is cached across requests.
type loaders struct {
	store     *graph.Store
	entities  *dataloadgen.Loader[string, *graph.Entity]
	documents *dataloadgen.Loader[string, *graph.Document]
	mentions  *dataloadgen.Loader[string, []graph.Mention]

	mu        sync.Mutex
	edges     map[string]*dataloadgen.Loader[string, []graph.Edge] // by EdgeSpec.Key
	countries map[string]*dataloadgen.Loader[string, *graph.Edge]  // by evidence wanted

	// Whether the store answered a ping after this request failed (see storeDown).
	pingOnce sync.Once
	down     bool
}

func newLoaders(store *graph.Store) *loaders {
	return &loaders{
		store:     store,
		entities:  batch(store.EntitiesByID),
		documents: batch(store.DocumentsByID),
		mentions: batch(func(ctx context.Context, ids []string) (map[string][]graph.Mention, error) {
			return store.MentionsOf(ctx, ids, maxMentions)
		}),
		edges:     map[string]*dataloadgen.Loader[string, []graph.Edge]{},
		countries: map[string]*dataloadgen.Loader[string, *graph.Edge]{},
	}
}

// edgeLoader returns the loader for one edge spec, made on first use.
func (l *loaders) edgeLoader(spec graph.EdgeSpec) *dataloadgen.Loader[string, []graph.Edge] {
	key := spec.Key()
	l.mu.Lock()
	defer l.mu.Unlock()
	if ld, ok := l.edges[key]; ok {
		return ld
	}
	ld := batch(func(ctx context.Context, ids []string) (map[string][]graph.Edge, error) {
		return l.store.EdgesOf(ctx, ids, spec)
	})
	l.edges[key] = ld
	return ld
}

// countryLoader returns the loader of agencies' and persons' countries with
// the evidence ev asks for, made on first use.
func (l *loaders) countryLoader(ev *graph.EvidencePage) *dataloadgen.Loader[string, *graph.Edge] {
	key := graph.EdgeSpec{Evidence: ev}.Key()
	l.mu.Lock()
	defer l.mu.Unlock()
	if ld, ok := l.countries[key]; ok {
		return ld
	}
	ld := batch(func(ctx context.Context, ids []string) (map[string]*graph.Edge, error) {
		return l.store.CountriesOf(ctx, ids, ev)
	})
	l.countries[key] = ld
	return ld
}

// batch makes a loader from a read that answers many keys with a map; keys
// missing from the map get the zero value (null entity, no edges), not an error.
func batch[V any](read func(ctx context.Context, keys []string) (map[string]V, error)) *dataloadgen.Loader[string, V] {
	return dataloadgen.NewLoader(func(ctx context.Context, keys []string) ([]V, []error) {
		m, err := read(ctx, keys)
		vals := make([]V, len(keys))
		if err != nil {
			errs := make([]error, len(keys))
			for i := range errs {
				errs[i] = err
			}
			return vals, errs
		}
		for i, k := range keys {
			vals[i] = m[k]
		}
		return vals, nil
	}, dataloadgen.WithWait(batchWait))
}

type loadersKey struct{}

func withLoaders(ctx context.Context, l *loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// loadersFrom returns the request's loaders; a request that did not come
// through the handler (a test calling a resolver directly) gets fresh ones.
func (r *Resolver) loadersFrom(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.store)
}
