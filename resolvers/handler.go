package resolvers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/resolvers/exec"
)

// Options configures the GraphQL handler; zero values take the defaults.
type Options struct {
	// Timeout bounds one request; when it passes, the Cypher in flight is
	// cancelled and the client gets a "request timed out" error. Default 10s.
	Timeout time.Duration
	// MaxBodyBytes bounds a POST body. Default 1 MiB.
	MaxBodyBytes int64
	// MaxDepth bounds how deeply fields nest (introspection excluded). Default 12.
	MaxDepth int
	// MaxComplexity bounds the query's price (see complexity). Default 1000000.
	MaxComplexity int
	// MaxFirst caps `first` on lists and edges (and ids per entities query);
	// a larger value is an error naming the range. Default 500.
	MaxFirst int
	// APQCacheSize is how many persisted queries (by sha256) are remembered. Default 1000.
	APQCacheSize int
	// Logger receives internal errors; default slog.Default().
	Logger *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = 12
	}
	if o.MaxComplexity <= 0 {
		o.MaxComplexity = 1000000
	}
	if o.MaxFirst <= 0 {
		o.MaxFirst = defaultMaxFirst
	}
	if o.APQCacheSize <= 0 {
		o.APQCacheSize = 1000
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// NewHandler returns the /graphql handler: GraphQL over HTTP (GET for
// queries, POST; application/graphql-response+json or application/json as
// the client accepts), read-only, with the limits of opts.
func NewHandler(store *graph.Store, opts Options) http.Handler {
	opts = opts.withDefaults()
	srv := handler.New(exec.NewExecutableSchema(exec.Config{
		Resolvers:  &Resolver{store: store, maxFirst: opts.MaxFirst},
		Complexity: complexity(),
	}))
	srv.AddTransport(transport.Options{})
	// application/json unless the client asks for application/graphql-response+json,
	// as GraphQL over HTTP recommends for clients that accept anything.
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](opts.APQCacheSize)})
	srv.Use(extension.FixedComplexityLimit(opts.MaxComplexity))
	srv.Use(depthLimit{max: opts.MaxDepth})
	srv.SetErrorPresenter(presenter(opts, store))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		opts.Logger.ErrorContext(ctx, "graphql resolver panic", "panic", p)
		return fmt.Errorf("internal error: %v", p)
	})

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > opts.MaxBodyBytes {
			// Refuse before reading; a body without a length is cut off by
			// MaxBytesReader below instead.
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			fmt.Fprintf(w, `{"errors":[{"message":"request body is %d bytes; the limit is %d"}]}`, r.ContentLength, opts.MaxBodyBytes)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), opts.Timeout)
		defer cancel()
		ctx = withLoaders(ctx, newLoaders(store))
		r.Body = http.MaxBytesReader(w, r.Body, opts.MaxBodyBytes)
		srv.ServeHTTP(w, r.WithContext(ctx))
	})
}

// presenter turns errors into what a client can act on: an unreachable
// Neo4j is "graph store unavailable", a request that ran out of time says so,
// argument errors pass through; details go to the log.
func presenter(opts Options, store *graph.Store) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		ge := graphql.DefaultErrorPresenter(ctx, err)
		timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded)
		if timedOut && !storeDown(ctx, store) {
			// The driver reports a deadline hit while waiting for a
			// connection as a connectivity error; a live store means the
			// request itself was too slow.
			ge.Message = fmt.Sprintf("request timed out after %s (ask for less: smaller first, depth or limit)", opts.Timeout)
			ge.Extensions = map[string]any{"code": "TIMEOUT"}
			return ge
		}
		if timedOut || errors.Is(err, graph.ErrUnavailable) {
			opts.Logger.WarnContext(ctx, "graphql: graph store unavailable", "err", err)
			ge.Message = unavailableMessage
			ge.Extensions = map[string]any{"code": "UNAVAILABLE"}
		}
		return ge
	}
}

// storeDown pings the store once per request (errors of one request share
// the answer) with a fresh short deadline.
func storeDown(ctx context.Context, store *graph.Store) bool {
	l, ok := ctx.Value(loadersKey{}).(*loaders)
	if !ok {
		l = &loaders{}
	}
	l.pingOnce.Do(func() {
		pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		l.down = store.Ping(pctx) != nil
	})
	return l.down
}
