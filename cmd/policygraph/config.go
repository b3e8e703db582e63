package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/policygraph/policygraph/graph"
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
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
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

// serveFlags configure the HTTP server.
type serveFlags struct {
	addr, corsOrigins *string
}

func addServeFlags(fs *flag.FlagSet) serveFlags {
	return serveFlags{
		addr:        stringFlag(fs, "addr", "POLICYGRAPH_ADDR", "127.0.0.1:8080", "HTTP listen address"),
		corsOrigins: stringFlag(fs, "cors-origins", "POLICYGRAPH_CORS_ORIGINS", "", "comma-separated extra origins allowed to call /graphql from a browser (same origin always is)"),
	}
}

func (f serveFlags) config() serverConfig {
	var origins []string
	for _, o := range strings.Split(*f.corsOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	return serverConfig{Addr: *f.addr, CORSOrigins: origins}
}

func closeStore(store *graph.Store, log io.Writer) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := store.Close(ctx); err != nil {
		fmt.Fprintln(log, err)
	}
}
