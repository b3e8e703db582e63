package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"time"

	"github.com/rs/cors"

	"github.com/policygraph/policygraph/frontend"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/localneo4j"
	"github.com/policygraph/policygraph/resolvers"
)

// serverConfig is the HTTP side's configuration.
type serverConfig struct {
	Addr        string
	CORSOrigins []string          // extra browser origins allowed besides the same origin
	API         resolvers.Options // /graphql's limits; zero values mean the defaults
}

// readyTimeout bounds /readyz's ping so a load balancer's probe gets an
// answer even when Neo4j hangs.
const readyTimeout = 2 * time.Second

// newServer assembles every route over store: /graphql, /graphiql and / (the
// embedded frontend), /healthz and /readyz, wrapped in CORS.
func newServer(cfg serverConfig, store *graph.Store) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(store, cfg.API))
	ui := frontend.Handler()
	mux.Handle("/graphiql", ui)
	mux.Handle("/", ui)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
		defer cancel()
		if err := store.Ping(ctx); err != nil {
			reason := "graph store unavailable"
			if !errors.Is(err, graph.ErrUnavailable) {
				reason = "graph store error"
			}
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "reason": reason, "error": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	// rs/cors adds CORS headers only for the listed origins; same-origin
	// requests need none, so they always work.
	return cors.New(cors.Options{
		AllowedOrigins: cfg.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders: []string{"Content-Type", "Accept", "Authorization"},
		MaxAge:         600,
	}).Handler(mux)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// serveHTTP listens on cfg.Addr and serves until ctx ends, then shuts down
// gracefully. ready, when set, is called with the bound address once the
// listener is open.
// serverGCPercent is the GC target while serving: responses are short-lived
// garbage and the heap stays small (tens of MB), so collecting less often
// cut server CPU per evidence-heavy query by ~17% (9.3 → 7.7 ms measured on
// telwg70_attendees). GOGC in the environment still wins.
const serverGCPercent = 400

func serveHTTP(ctx context.Context, log *slog.Logger, cfg serverConfig, h http.Handler, ready func(addr string)) error {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(serverGCPercent)
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (another process uses the port? pick one with --addr or POLICYGRAPH_ADDR)", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// Long enough for the slowest request the API allows to be written.
		WriteTimeout: max(60*time.Second, cfg.API.Timeout+10*time.Second),
		IdleTimeout:  2 * time.Minute,
		ErrorLog:     slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if ready != nil {
		ready(ln.Addr().String())
	}
	select {
	case err := <-errc:
		return fmt.Errorf("serve HTTP: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("shut down HTTP server: %w", err)
	}
	return nil
}

func printURLs(env *cliEnv, addr string) {
	base := "http://" + addr
	fmt.Fprintf(env.stdout, "policygraph is serving:\n  explorer  %s/\n  GraphiQL  %s/graphiql\n  GraphQL   %s/graphql\n  health    %s/healthz  %s/readyz\nPress Ctrl-C to stop.\n",
		base, base, base, base, base)
}

func runServe(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "serve", "serve [flags]",
		`Serves the graph already in Neo4j: /graphql (POST and GET), /graphiql, the
explorer at /, /healthz (the process is up) and /readyz (Neo4j answers; 503 if not).
`, `  NEO4J_URI=neo4j://127.0.0.1:7687 NEO4J_PASSWORD=secret policygraph serve
  policygraph serve --addr 0.0.0.0:8080 --cors-origins https://notebook.example.org
`)
	nf := addNeo4jFlags(fs)
	sf := addServeFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := sf.config()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, nf.config())
	if err != nil {
		return err
	}
	defer closeStore(store, env.stderr)
	return serveHTTP(ctx, env.log, cfg, newServer(cfg, store), func(addr string) { printURLs(env, addr) })
}

func runUp(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "up", "up [flags]",
		`The main job: starts the project's local Neo4j (scripts/neo4j; skipped when
NEO4J_URI is set), creates constraints and indexes, loads the corpus folder and
serves the API, GraphiQL and explorer. Ctrl-C stops the server (Neo4j keeps
running; stop it with scripts/neo4j stop).
`, `  policygraph up
  policygraph up --corpus ~/reports --addr 127.0.0.1:9000
  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=secret policygraph up
`)
	nf := addNeo4jFlags(fs)
	sf := addServeFlags(fs)
	corpus := stringFlag(fs, "corpus", "POLICYGRAPH_CORPUS", "corpus", "folder of documents to load before serving")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := sf.config()
	if err != nil {
		return err
	}
	neo := nf.config()
	if neo.URI == "" {
		wd, err := os.Getwd()
		if err != nil {
			return err
		}
		root, err := localneo4j.FindRoot(wd)
		if err != nil {
			return err
		}
		env.log.Info("starting local Neo4j (first run downloads it; later runs reuse .cache/)", "script", "scripts/neo4j start")
		start := time.Now()
		local, err := localneo4j.Local{Root: root, Progress: env.stderr}.Start(ctx)
		if err != nil {
			return fmt.Errorf("start local Neo4j: %w (see README, Troubleshooting)", err)
		}
		env.log.Info("local Neo4j is up", "uri", local.URI, "seconds", time.Since(start).Seconds())
		neo.URI, neo.User, neo.Password = local.URI, local.User, local.Password
		if local.Database != "" {
			neo.Database = local.Database
		}
	}
	store, err := openStore(ctx, neo)
	if err != nil {
		return err
	}
	defer closeStore(store, env.stderr)
	sum, err := loadPaths(ctx, env, store, []string{*corpus})
	if err != nil {
		if ctx.Err() != nil {
			return nil // Ctrl-C while loading: a clean stop, not a failure
		}
		return err
	}
	if sum.failed > 0 {
		env.log.Warn("some corpus files failed to load; serving the rest", "failed", sum.failed)
	}
	return serveHTTP(ctx, env.log, cfg, newServer(cfg, store), func(addr string) { printURLs(env, addr) })
}
