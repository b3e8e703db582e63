// Command policygraph loads Traditional-Chinese policy documents into a Neo4j
// graph of countries, agencies, meetings, statements and the facts between
// them (each with the sentence that states it) and serves it over GraphQL.
//
//	policygraph up                 start local Neo4j, load corpus/, serve
//	policygraph load PATH…         extract and store files or folders
//	policygraph extract PATH…      extract only, print JSON (no Neo4j)
//	policygraph serve              serve the API, explorer and GraphiQL
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand: its name, a line for the overview, and what runs it.
type command struct {
	name, summary string
	run           func(ctx context.Context, env *cliEnv, args []string) error
}

// cliEnv is what every command gets: where to write and how to log.
type cliEnv struct {
	stdout, stderr io.Writer
	log            *slog.Logger
}

var commands = []command{
	{"up", "start local Neo4j (unless NEO4J_URI is set), load corpus/, serve", runUp},
	{"load", "extract facts from files or folders and store them in Neo4j", runLoad},
	{"extract", "extract facts from files or folders and print them as JSON (no Neo4j)", runExtract},
	{"serve", "serve /graphql, GraphiQL, the explorer, /healthz and /readyz", runServe},
	{"eval", "extract files and score them against the gold annotations (score.py)", runEval},
	{"export", "write the graph in Neo4j as JSON, GraphML or CSV", runExport},
}

// errUsage marks bad command lines: the usage text was printed, exit 2.
var errUsage = errors.New("usage")

// exitError carries a specific exit status (e.g. load with failed files).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	env := &cliEnv{stdout: stdout, stderr: stderr, log: slog.New(slog.NewTextHandler(stderr, nil))}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		overview(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		var ee *exitError
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		case errors.As(err, &ee):
			env.log.Error(c.name+" failed", "err", ee.err)
			return ee.code
		default:
			env.log.Error(c.name+" failed", "err", err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "policygraph: unknown command %q\n\n", args[0])
	overview(stderr)
	return 2
}

func overview(w io.Writer) {
	fmt.Fprint(w, `policygraph: a graph of who signed, issued, attended and hosted what, from
Traditional-Chinese policy documents, with the sentence that says so.

Usage: policygraph <command> [flags] [args]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'policygraph <command> --help' for a command's flags and examples.
Every flag can also be set by the environment variable named in its help.
`)
}
