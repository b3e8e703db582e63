package resolvers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph/neo4jtest"
	"github.com/policygraph/policygraph/loader"
	"github.com/policygraph/policygraph/resolvers"
)

// BenchmarkExampleQueries loads corpus/ into a real Neo4j (wiped first) and
// runs each query of examples/queries through the GraphQL handler, one at a
// time, reporting besides the time per query the CPU time this process
// (GraphQL, the driver) spent per query and, when POLICYGRAPH_NEO4J_PID
// names the Neo4j process, the CPU time Neo4j spent: on a shared machine
// those do not depend on what else runs, the wall time does.
//
//	POLICYGRAPH_NEO4J_PID=$(cat .data/neo4j/run/pid) go test -run '^$' -bench ExampleQueries -benchtime 100x ./resolvers/
func BenchmarkExampleQueries(b *testing.B) {
	ctx := context.Background()
	store := neo4jtest.Store(b)
	p, err := loader.New(loader.Options{})
	if err != nil {
		b.Fatal(err)
	}
	err = p.Run(ctx, []string{filepath.Join("..", "corpus")}, func(r loader.FileResult) error {
		if r.Err != nil {
			return r.Err
		}
		_, err := store.WriteDocument(ctx, r.Document, r.Extraction)
		return err
	})
	if err != nil {
		b.Fatalf("load ../corpus: %v", err)
	}
	h := resolvers.NewHandler(store, resolvers.Options{})
	files, err := filepath.Glob(filepath.Join("..", "examples", "queries", "*.graphql"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no example queries: %v", err)
	}
	neo4jPID, _ := strconv.Atoi(os.Getenv("POLICYGRAPH_NEO4J_PID"))
	for _, f := range files {
		q, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		body, _ := json.Marshal(map[string]string{"query": string(q)})
		b.Run(strings.TrimSuffix(filepath.Base(f), ".graphql"), func(b *testing.B) {
			ask := func() {
				req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
					b.Fatalf("%s: HTTP %d %.300s", f, w.Code, w.Body.String())
				}
			}
			ask() // the first run plans the Cypher
			self0, neo0 := selfCPU(), procCPU(neo4jPID)
			n := 0
			for b.Loop() {
				ask()
				n++
			}
			b.ReportMetric(ms(selfCPU()-self0)/float64(n), "go-cpu-ms/op")
			if neo4jPID > 0 {
				b.ReportMetric(ms(procCPU(neo4jPID)-neo0)/float64(n), "neo4j-cpu-ms/op")
			}
		})
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// selfCPU is this process's user + system CPU time.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// procCPU is another process's user + system CPU time from /proc (10 ms
// ticks), 0 when unknown.
func procCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	line := string(b)
	f := strings.Fields(line[strings.LastIndexByte(line, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+s) * 10 * time.Millisecond
}
