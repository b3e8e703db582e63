package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/resolvers"
)

// newFlagSet makes a subcommand's flag set whose --help shows the synopsis,
// the flags (each with its environment variable) and examples.
func newFlagSet(env *cliEnv, name, synopsis, description, examples string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: policygraph %s\n\n%s\n", synopsis, description)
		fmt.Fprintln(w, "Flags:")
		fs.PrintDefaults()
		if examples != "" {
			fmt.Fprintf(w, "\nExamples:\n%s", examples)
		}
	}
	return fs
}

// parse parses args, mapping flag errors to errUsage (usage already printed).
// Flags may follow the paths ("extract corpus/ --format json"), as users of
// most CLIs expect; everything after "--" is positional. Afterwards fs.Args()
// holds the positional arguments in their order.
func parse(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	// Re-parse only the terminator so fs.Args() reports the positional
	// arguments; flag values already set are kept.
	if err := fs.Parse(append([]string{"--"}, positional...)); err != nil {
		return errUsage
	}
	return nil
}

// stringFlag defines a flag whose default comes from the environment
// variable envName when it is set, else def.
func stringFlag(fs *flag.FlagSet, name, envName, def, usage string) *string {
	if v, ok := os.LookupEnv(envName); ok && v != "" {
		def = v
	}
	return fs.String(name, def, usage+" (env "+envName+")")
}

// neo4jFlags are the connection flags of every command that talks to Neo4j.
type neo4jFlags struct {
	uri, user, password, database *string
}

func addNeo4jFlags(fs *flag.FlagSet) neo4jFlags {
	return neo4jFlags{
		uri:  stringFlag(fs, "neo4j-uri", "NEO4J_URI", "", "Neo4j URI: neo4j://host:7687, neo4j+s://… for Aura/clusters, bolt://… for one server"),
		user: stringFlag(fs, "neo4j-user", "NEO4J_USER", "neo4j", "Neo4j user"),
		// Not defaulted from the environment: --help would print the secret.
		password: fs.String("neo4j-password", "", "Neo4j password (env NEO4J_PASSWORD)"),
		database: stringFlag(fs, "neo4j-database", "NEO4J_DATABASE", "neo4j", "Neo4j database name"),
	}
}

func (f neo4jFlags) config() graph.Config {
	password := *f.password
	if password == "" {
		password = os.Getenv("NEO4J_PASSWORD")
	}
	return graph.Config{URI: *f.uri, User: *f.user, Password: password, Database: *f.database}
}

// openStore opens the store and creates constraints and indexes.
func openStore(ctx context.Context, cfg graph.Config) (*graph.Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("no Neo4j to use: set NEO4J_URI (or --neo4j-uri), or run `policygraph up`, which starts the project's local Neo4j")
	}
	openCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	store, err := graph.Open(openCtx, cfg)
	if err != nil {
		return nil, err
	}
	schemaCtx, cancel2 := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel2()
	if err := store.EnsureSchema(schemaCtx); err != nil {
		_ = store.Close(context.Background())
		return nil, err
	}
	return store, nil
}

// serveFlags configure the HTTP server and the API's limits.
type serveFlags struct {
	addr, corsOrigins *string
	timeout           *time.Duration
	maxBody           *int64
	maxDepth          *int
	maxComplexity     *int
	maxFirst          *int
	// envErr is a limit's environment variable that does not parse; it is
	// reported after flag parsing, so --help still works.
	envErr error
}

func addServeFlags(fs *flag.FlagSet) *serveFlags {
	f := &serveFlags{
		addr:        stringFlag(fs, "addr", "POLICYGRAPH_ADDR", "127.0.0.1:8080", "HTTP listen address"),
		corsOrigins: stringFlag(fs, "cors-origins", "POLICYGRAPH_CORS_ORIGINS", "", "comma-separated extra origins allowed to call /graphql from a browser (same origin always is)"),
	}
	f.timeout = envFlag(fs, &f.envErr, fs.Duration, time.ParseDuration, "request-timeout", "POLICYGRAPH_REQUEST_TIMEOUT", 10*time.Second,
		"time one GraphQL request may take; the Cypher in flight is cancelled when it passes")
	f.maxBody = envFlag(fs, &f.envErr, fs.Int64, func(s string) (int64, error) { return strconv.ParseInt(s, 10, 64) },
		"max-body-bytes", "POLICYGRAPH_MAX_BODY_BYTES", 1<<20, "largest POST body accepted (HTTP 413 above)")
	f.maxDepth = envFlag(fs, &f.envErr, fs.Int, strconv.Atoi, "max-depth", "POLICYGRAPH_MAX_DEPTH", 12,
		"deepest field nesting a query may have (introspection excluded)")
	f.maxComplexity = envFlag(fs, &f.envErr, fs.Int, strconv.Atoi, "max-complexity", "POLICYGRAPH_MAX_COMPLEXITY", 1000000,
		"highest query complexity accepted (a list costs first × its element)")
	f.maxFirst = envFlag(fs, &f.envErr, fs.Int, strconv.Atoi, "max-first", "POLICYGRAPH_MAX_FIRST", 500,
		"largest `first` a list or edge field accepts (and ids per entities query)")
	return f
}

// envFlag defines a flag whose default comes from envName when it is set
// and parses; a value that does not parse is recorded in *envErr.
func envFlag[T any](fs *flag.FlagSet, envErr *error, define func(string, T, string) *T, parse func(string) (T, error),
	name, envName string, def T, usage string) *T {
	if v, ok := os.LookupEnv(envName); ok && v != "" {
		if x, err := parse(v); err != nil {
			*envErr = errors.Join(*envErr, fmt.Errorf("%s=%q is not a valid value for --%s: %w", envName, v, name, err))
		} else {
			def = x
		}
	}
	return define(name, def, usage+" (env "+envName+")")
}

func (f *serveFlags) config() (serverConfig, error) {
	if f.envErr != nil {
		return serverConfig{}, f.envErr
	}
	for _, c := range []struct {
		name string
		v    int64
	}{
		{"request-timeout", int64(*f.timeout)}, {"max-body-bytes", *f.maxBody}, {"max-depth", int64(*f.maxDepth)},
		{"max-complexity", int64(*f.maxComplexity)}, {"max-first", int64(*f.maxFirst)},
	} {
		if c.v <= 0 {
			return serverConfig{}, fmt.Errorf("--%s must be positive", c.name)
		}
	}
	var origins []string
	for _, o := range strings.Split(*f.corsOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	return serverConfig{Addr: *f.addr, CORSOrigins: origins, API: resolvers.Options{
		Timeout: *f.timeout, MaxBodyBytes: *f.maxBody, MaxDepth: *f.maxDepth,
		MaxComplexity: *f.maxComplexity, MaxFirst: *f.maxFirst,
	}}, nil
}

func closeStore(store *graph.Store, log io.Writer) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := store.Close(ctx); err != nil {
		fmt.Fprintln(log, err)
	}
}
