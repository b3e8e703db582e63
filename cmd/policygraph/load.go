package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader"
)

// extractFiles runs the loader over paths (files or folders) and calls emit
// once per file, in order. load and extract share it, so `extract` shows
// exactly what `load` would write.
func extractFiles(ctx context.Context, paths []string, emit func(loader.FileResult) error) error {
	p, err := loader.New(loader.Options{})
	if err != nil {
		return fmt.Errorf("set up the loader: %w", err)
	}
	return p.Run(ctx, paths, emit)
}

// extractMerged extracts paths and merges the files' extractions, logging
// and counting the files that failed (they are skipped, as in load).
func extractMerged(ctx context.Context, env *cliEnv, paths []string) (graph.Extraction, int, error) {
	var parts []graph.Extraction
	failed := 0
	err := extractFiles(ctx, paths, func(r loader.FileResult) error {
		if r.Err != nil {
			failed++
			env.log.Warn("skipped file", "path", r.Path, "err", r.Err)
			return nil
		}
		parts = append(parts, r.Extraction)
		return nil
	})
	if err != nil {
		return graph.Extraction{}, failed, err
	}
	return loader.Merge(parts...), failed, nil
}

func runLoad(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "load", "load [flags] PATH…", `Extracts entities and facts from each file (txt, md, html, pdf, docx; folders are
walked recursively) and stores each file in one transaction. Loading a file again
changes nothing; a changed file replaces what its earlier version stored. A file
that cannot be read is reported and skipped; the exit status is 1 if any failed.
`, `  policygraph load corpus/
  policygraph load --neo4j-uri neo4j+s://xxxx.databases.neo4j.io --neo4j-password secret reports/*.pdf
  NEO4J_URI=neo4j://127.0.0.1:7687 policygraph load a.txt b.html
`)
	nf := addNeo4jFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.stderr, "load: give at least one file or folder")
		fs.Usage()
		return errUsage
	}
	store, err := openStore(ctx, nf.config())
	if err != nil {
		return err
	}
	defer closeStore(store, env.stderr)
	sum, err := loadPaths(ctx, env, store, fs.Args())
	if err != nil {
		return err
	}
	if sum.failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d files failed to load (see the messages above)", sum.failed, sum.files())}
	}
	return nil
}

// loadSummary totals a load.
type loadSummary struct {
	documents, failed             int
	entities, relations, evidence int
	elapsed                       time.Duration
}

func (s loadSummary) files() int { return s.documents + s.failed }

func (s loadSummary) String() string {
	return fmt.Sprintf("loaded %d documents, %d failed: %d entities, %d relations (%d evidence spans) in %.1fs",
		s.documents, s.failed, s.entities, s.relations, s.evidence, s.elapsed.Seconds())
}

// loadPaths extracts and writes every file under paths, one transaction per
// file, and prints the one-line summary. Bad files are counted, not fatal.
func loadPaths(ctx context.Context, env *cliEnv, store *graph.Store, paths []string) (loadSummary, error) {
	start := time.Now()
	var sum loadSummary
	bar := newProgress(env.stderr)
	err := extractFiles(ctx, paths, func(r loader.FileResult) error {
		defer bar.Add(1)
		if r.Err != nil {
			sum.failed++
			env.log.Warn("skipped file", "path", r.Path, "err", r.Err)
			return nil
		}
		st, err := store.WriteDocument(ctx, r.Document, r.Extraction)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, graph.ErrUnavailable) {
				return err // the store is gone: no point trying the rest
			}
			sum.failed++
			env.log.Warn("could not store file", "path", r.Path, "err", err)
			return nil
		}
		sum.documents++
		sum.entities += st.Entities
		sum.relations += st.Relations
		sum.evidence += st.Evidence
		return nil
	})
	_ = bar.Finish()
	sum.elapsed = time.Since(start)
	fmt.Fprintln(env.stderr, sum)
	if err != nil {
		return sum, fmt.Errorf("load stopped after %d files: %w", sum.files(), err)
	}
	return sum, nil
}

// newProgress draws a file counter on an interactive terminal only; in CI
// logs and pipes it would be noise. The total is unknown until the loader has
// walked the folders, so it counts rather than fills.
func newProgress(w io.Writer) *progressbar.ProgressBar {
	if f, ok := w.(*os.File); !ok || !term.IsTerminal(int(f.Fd())) {
		return progressbar.DefaultSilent(-1)
	}
	return progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
}

func runExtract(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "extract", "extract [flags] PATH…", `Runs the same extraction as load, without Neo4j, and prints one JSON object
{"documents":[…],"entities":[…],"relations":[…]} for all files together.
Files that cannot be read are reported on stderr and left out; exit status 1 then.
`, `  policygraph extract corpus/ > out.json
  policygraph extract --indent 0 report.pdf | jq '.relations[] | select(.type=="SIGNED")'
  python3 ../shared/eval/score.py --gold ../shared/gold --system out.json
`)
	format := fs.String("format", "json", "output format (json)")
	indent := fs.Int("indent", 2, "spaces of JSON indentation; 0 prints one line")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "json" {
		fmt.Fprintf(env.stderr, "extract: unknown --format %q (only json)\n", *format)
		return errUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.stderr, "extract: give at least one file or folder")
		fs.Usage()
		return errUsage
	}
	out, failed, err := extractMerged(ctx, env, fs.Args())
	if err != nil {
		return err
	}
	enc := json.NewEncoder(env.stdout)
	enc.SetEscapeHTML(false) // evidence text keeps <, > and & as written
	if *indent > 0 {
		enc.SetIndent("", strings.Repeat(" ", *indent))
	}
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	if failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d files could not be read", failed)}
	}
	return nil
}
