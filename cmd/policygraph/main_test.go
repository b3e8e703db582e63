package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/localneo4j"
	"github.com/policygraph/policygraph/graph/neo4jtest"
	"github.com/policygraph/policygraph/resolvers"
)

const corpusDir = "../../corpus"

// runCLI runs the binary's entry point in-process.
func runCLI(t *testing.T, ctx context.Context, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(ctx, args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelpOfEveryCommand(t *testing.T) {
	for _, tc := range []struct {
		cmd  string
		want []string
	}{
		{"up", []string{"NEO4J_URI", "POLICYGRAPH_ADDR", "POLICYGRAPH_CORS_ORIGINS", "--corpus", "Examples:"}},
		{"load", []string{"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "Examples:"}},
		{"extract", []string{"-format", "-indent", "Examples:"}},
		{"serve", []string{"POLICYGRAPH_ADDR", "/readyz", "Examples:"}},
		{"eval", []string{"-gold", "-misses", "POLICYGRAPH_GOLD", "Examples:"}},
		{"export", []string{"-format", "-out", "NEO4J_URI", "Examples:"}},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			code, _, stderr := runCLI(t, context.Background(), tc.cmd, "--help")
			if code != 0 {
				t.Errorf("exit %d, want 0", code)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("help lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
	if code, _, stderr := runCLI(t, context.Background(), "frobnicate"); code != 2 || !strings.Contains(stderr, "unknown command") {
		t.Errorf("unknown command: exit %d, stderr %q", code, stderr)
	}
}

func TestPasswordFromEnvironmentIsNotPrintedInHelp(t *testing.T) {
	t.Setenv("NEO4J_PASSWORD", "s3cret-do-not-show")
	_, _, stderr := runCLI(t, context.Background(), "serve", "--help")
	if strings.Contains(stderr, "s3cret-do-not-show") {
		t.Errorf("--help printed the password from NEO4J_PASSWORD")
	}
}

func TestExtractPrintsEvidenceThatSlicesTheText(t *testing.T) {
	file := filepath.Join(corpusDir, "000_d32f25cffe198b36.txt")
	code, stdout, stderr := runCLI(t, context.Background(), "extract", "--indent", "0", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var ext graph.Extraction
	if err := json.Unmarshal([]byte(stdout), &ext); err != nil {
		t.Fatalf("output is not Extraction JSON: %v", err)
	}
	if len(ext.Documents) != 1 || len(ext.Documents[0].ID) != 64 || ext.Documents[0].Path != file {
		t.Fatalf("documents = %+v, want the one file with its sha256 id", ext.Documents)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(strings.TrimPrefix(string(b), "\ufeff"))
	for _, r := range ext.Relations {
		for _, ev := range r.Evidence {
			if ev.Start < 0 || ev.End > len(text) || string(text[ev.Start:ev.End]) != ev.Text {
				t.Errorf("%s %s->%s: evidence [%d,%d) does not slice the text to %q", r.Type, r.From, r.To, ev.Start, ev.End, ev.Text)
			}
		}
	}
	if strings.Count(stdout, "\n") != 1 {
		t.Errorf("--indent 0 printed %d lines, want 1", strings.Count(stdout, "\n"))
	}
}

// neo4jArgs are the connection flags for the test database.
func neo4jArgs(t *testing.T) []string {
	t.Helper()
	cfg, err := neo4jtest.Config(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return []string{"--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-password", cfg.Password, "--neo4j-database", cfg.Database}
}

func TestLoadSkipsBadPathsAndCountsThem(t *testing.T) {
	store := neo4jtest.Store(t)
	dir := t.TempDir()
	for _, name := range []string{"000_d32f25cffe198b36.txt", "003_d0eeeaae0087a938.txt"} {
		b, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(dir, "vanished.txt")
	args := append([]string{"load"}, neo4jArgs(t)...)
	code, _, stderr := runCLI(t, context.Background(), append(args, dir, missing)...)
	if code != 1 {
		t.Errorf("exit %d, want 1 when a file failed; stderr:\n%s", code, stderr)
	}
	if !regexp.MustCompile(`loaded 2 documents, 1 failed: \d+ entities, \d+ relations`).MatchString(stderr) {
		t.Errorf("summary missing or wrong:\n%s", stderr)
	}
	if !strings.Contains(stderr, "vanished.txt") {
		t.Errorf("the failed path is not reported:\n%s", stderr)
	}
	c, err := store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes["Document"] != 2 || c.Nodes["Entity"] == 0 {
		t.Errorf("counts after load = %+v, want 2 documents and their entities", c)
	}
}

func TestServeRoutesAndCORS(t *testing.T) {
	store := neo4jtest.Store(t)
	srv := httptest.NewServer(newServer(serverConfig{CORSOrigins: []string{"https://notebook.example.org"}}, store))
	defer srv.Close()
	for _, tc := range []struct {
		path, contains string
		status         int
	}{
		{"/healthz", `"ok"`, 200},
		{"/readyz", `"ok"`, 200},
		{"/", "<html", 200},
		{"/graphiql", "<html", 200},
	} {
		t.Run(tc.path, func(t *testing.T) {
			status, body := get(t, srv.URL+tc.path, nil)
			if status != tc.status || !strings.Contains(strings.ToLower(body), strings.ToLower(tc.contains)) {
				t.Errorf("GET %s = %d %.200q, want %d containing %q", tc.path, status, body, tc.status, tc.contains)
			}
		})
	}
	for _, tc := range []struct {
		origin string
		allow  string
	}{
		{"https://notebook.example.org", "https://notebook.example.org"},
		{"https://evil.example.com", ""},
	} {
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/graphql", nil)
		req.Header.Set("Origin", tc.origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tc.allow {
			t.Errorf("preflight from %s: Allow-Origin %q, want %q", tc.origin, got, tc.allow)
		}
	}
}

func get(t *testing.T, url string, client *http.Client) (int, string) {
	t.Helper()
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := client.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestReadyzFollowsNeo4j stops and restarts Neo4j under a running server, so
// it uses a dedicated local instance (its own port and folder), never the
// shared one.
func TestReadyzFollowsNeo4j(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and stops a dedicated Neo4j (about a minute); skipped with -short")
	}
	root, err := localneo4j.FindRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	// A small heap: this instance only answers pings.
	t.Setenv("POLICYGRAPH_NEO4J_HEAP", "512m")
	t.Setenv("POLICYGRAPH_NEO4J_PAGECACHE", "64m")
	local := localneo4j.Local{Root: root, Port: envOr("POLICYGRAPH_READYZ_TEST_PORT", "7698"), Dir: ".data/neo4j-readyz-test"}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	cfg, err := local.Start(ctx)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("start dedicated Neo4j: %v", err)
		}
		t.Skipf("SKIPPING: cannot start a dedicated Neo4j: %v", err)
	}
	t.Cleanup(func() { _ = local.Stop(context.Background()) })
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(context.Background())
	srv := httptest.NewServer(newServer(serverConfig{}, store))
	defer srv.Close()

	waitStatus := func(want int) string {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		for {
			status, body := get(t, srv.URL+"/readyz", nil)
			if status == want {
				return body
			}
			if time.Now().After(deadline) {
				t.Fatalf("/readyz = %d %s, want %d", status, body, want)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	waitStatus(http.StatusOK)
	if err := local.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	body := waitStatus(http.StatusServiceUnavailable)
	if !strings.Contains(body, "graph store unavailable") {
		t.Errorf("503 body %q does not say the store is unavailable", body)
	}
	// /readyz must answer quickly even with Neo4j down.
	if took := time.Since(start); took > readyTimeout+5*time.Second {
		t.Errorf("/readyz took %v to report the outage", took)
	}
	if _, err := local.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitStatus(http.StatusOK)
}

// TestUpLoadsCorpusServesAndStopsOnCancel runs `up` against the test
// database (NEO4J_URI set, so nothing local is started) on a free port.
func TestUpLoadsCorpusServesAndStopsOnCancel(t *testing.T) {
	store := neo4jtest.Store(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var errb syncBuffer
	done := make(chan int, 1)
	args := append([]string{"up", "--addr", "127.0.0.1:0", "--corpus", corpusDir}, neo4jArgs(t)...)
	go func() {
		done <- run(ctx, args, pw, &errb)
		pw.Close()
	}()
	// up prints the URLs once it listens, after the corpus is loaded.
	var base string
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if m := regexp.MustCompile(`GraphQL\s+(http://\S+)/graphql`).FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if base == "" {
		t.Fatalf("up printed no URLs; stderr:\n%s", errb.String())
	}
	if status, body := get(t, base+"/readyz", nil); status != 200 {
		t.Errorf("/readyz = %d %s", status, body)
	}
	c, err := store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes["Document"] != 5 {
		t.Errorf("up loaded %d documents, want the 5 of corpus/", c.Nodes["Document"])
	}
	// The API answers with the five sample documents (the foundation's "done when").
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(`{"query":"{ documents { title } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	var gql struct {
		Data struct {
			Documents []struct{ Title string }
		}
	}
	err = json.NewDecoder(resp.Body).Decode(&gql)
	resp.Body.Close()
	if err != nil || len(gql.Data.Documents) != 5 || gql.Data.Documents[0].Title == "" {
		t.Errorf("documents over /graphql = %+v (%v), want the 5 sample titles", gql.Data.Documents, err)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("up exited %d after cancel, want 0; stderr:\n%s", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("up did not shut down within 20s of cancel")
	}
	if !strings.Contains(errb.String(), "loaded 5 documents, 0 failed") {
		t.Errorf("no load summary in stderr:\n%s", errb.String())
	}
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func TestServeFlagsSetAPILimitsFromFlagsAndEnv(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		args    []string
		want    resolvers.Options
		wantErr string
	}{
		{"defaults", nil, nil, resolvers.Options{Timeout: 10 * time.Second, MaxBodyBytes: 1 << 20, MaxDepth: 12, MaxComplexity: 1000000, MaxFirst: 500}, ""},
		{"env", map[string]string{"POLICYGRAPH_REQUEST_TIMEOUT": "3s", "POLICYGRAPH_MAX_FIRST": "50", "POLICYGRAPH_MAX_DEPTH": "8"}, nil,
			resolvers.Options{Timeout: 3 * time.Second, MaxBodyBytes: 1 << 20, MaxDepth: 8, MaxComplexity: 1000000, MaxFirst: 50}, ""},
		{"flag beats env", map[string]string{"POLICYGRAPH_MAX_COMPLEXITY": "10"}, []string{"--max-complexity", "2000", "--max-body-bytes", "4096"},
			resolvers.Options{Timeout: 10 * time.Second, MaxBodyBytes: 4096, MaxDepth: 12, MaxComplexity: 2000, MaxFirst: 500}, ""},
		{"bad env", map[string]string{"POLICYGRAPH_REQUEST_TIMEOUT": "ten"}, nil, resolvers.Options{}, "POLICYGRAPH_REQUEST_TIMEOUT"},
		{"zero", nil, []string{"--max-first", "0"}, resolvers.Options{}, "--max-first must be positive"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, k := range []string{"POLICYGRAPH_REQUEST_TIMEOUT", "POLICYGRAPH_MAX_BODY_BYTES", "POLICYGRAPH_MAX_DEPTH", "POLICYGRAPH_MAX_COMPLEXITY", "POLICYGRAPH_MAX_FIRST"} {
				t.Setenv(k, tc.env[k])
			}
			fs := flag.NewFlagSet("serve", flag.ContinueOnError)
			sf := addServeFlags(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			cfg, err := sf.config()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.API != tc.want {
				t.Errorf("API options = %+v, want %+v", cfg.API, tc.want)
			}
		})
	}
}
