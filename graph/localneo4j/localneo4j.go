// Package localneo4j controls the project's own Neo4j through scripts/neo4j
// (install, start, stop, status, env), for the binary's `up` command and for
// the integration-test harness.
package localneo4j

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// Local is one local Neo4j managed by scripts/neo4j. Port and Dir, when set,
// override POLICYGRAPH_NEO4J_PORT and POLICYGRAPH_NEO4J_DIR, so a test can run
// a dedicated instance it may stop without disturbing the shared one.
type Local struct {
	Root string // repository root (holds scripts/neo4j)
	Port string
	Dir  string
	// Progress, when set, receives the script's stderr as it runs (the install
	// and start messages), so a user sees what a slow first start is doing.
	Progress io.Writer
}

// Start starts the server (a no-op when it already runs) and returns its
// connection settings.
func (l Local) Start(ctx context.Context) (graph.Config, error) {
	if _, err := l.Script(ctx, "start"); err != nil {
		return graph.Config{}, err
	}
	return l.Config(ctx)
}

// Stop stops the server.
func (l Local) Stop(ctx context.Context) error {
	_, err := l.Script(ctx, "stop")
	return err
}

// Config reads the connection settings from `scripts/neo4j env`, which prints
// `export NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=…` lines.
func (l Local) Config(ctx context.Context) (graph.Config, error) {
	out, err := l.Script(ctx, "env")
	if err != nil {
		return graph.Config{}, err
	}
	env := ParseEnv(out)
	if env["NEO4J_URI"] == "" {
		return graph.Config{}, fmt.Errorf("scripts/neo4j env printed no NEO4J_URI (got %q)", out)
	}
	return graph.Config{URI: env["NEO4J_URI"], User: env["NEO4J_USER"], Password: env["NEO4J_PASSWORD"], Database: env["NEO4J_DATABASE"]}, nil
}

// Script runs scripts/neo4j with args and returns what it printed on stdout.
func (l Local) Script(ctx context.Context, args ...string) (string, error) {
	path := filepath.Join(l.Root, "scripts", "neo4j")
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("local Neo4j script %s is missing: %w", path, err)
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = l.Root
	cmd.Env = os.Environ()
	if l.Port != "" {
		cmd.Env = append(cmd.Env, "POLICYGRAPH_NEO4J_PORT="+l.Port)
	}
	if l.Dir != "" {
		cmd.Env = append(cmd.Env, "POLICYGRAPH_NEO4J_DIR="+l.Dir)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if l.Progress != nil {
		cmd.Stderr = io.MultiWriter(&stderr, l.Progress)
	}
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("scripts/neo4j %s: %w\n%s", strings.Join(args, " "), err, tail(stderr.String()+stdout.String(), 2000))
	}
	return stdout.String(), nil
}

// ParseEnv reads KEY=VALUE pairs from shell lines such as
// `export NEO4J_URI=neo4j://127.0.0.1:7687 NEO4J_USER=neo4j`, with optional
// single or double quotes around values.
func ParseEnv(s string) map[string]string {
	env := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		for _, f := range strings.Fields(line) {
			k, v, ok := strings.Cut(f, "=")
			if !ok {
				continue
			}
			if len(v) >= 2 && (v[0] == '\'' || v[0] == '"') && v[len(v)-1] == v[0] {
				v = v[1 : len(v)-1]
			}
			env[k] = v
		}
	}
	return env
}

// FindRoot walks up from dir to the first folder holding scripts/neo4j (the
// repository root), so the binary and tests work from any sub-folder.
func FindRoot(dir string) (string, error) {
	start, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find scripts/neo4j: %w", err)
	}
	for d := start; ; {
		if _, err := os.Stat(filepath.Join(d, "scripts", "neo4j")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("find scripts/neo4j: not in " + start + " or any folder above it; run from the policygraph repository or set NEO4J_URI to use another Neo4j")
		}
		d = parent
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
