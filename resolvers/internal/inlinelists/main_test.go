package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A cut-down executor in the shape gqlgen generates.
const generated = `package exec

func (ec *executionContext) _Document(ctx context.Context, sel ast.SelectionSet, obj *graph.Document) graphql.Marshaler {
	out.Values[i] = ec._Document_title(ctx, field, obj)
}

func (ec *executionContext) _Evidence(ctx context.Context, sel ast.SelectionSet, obj *graph.EvidenceSpan) graphql.Marshaler {
	%s
}

func (ec *executionContext) marshalNEvidence2ᚕgithubᚗcomᚋpolicygraphᚋpolicygraphᚋgraphᚐEvidenceSpanᚄ(ctx context.Context, sel ast.SelectionSet, v []graph.EvidenceSpan) graphql.Marshaler {
		if isLen1 {
			f(i)
		} else {
			go f(i)
		}
}

func (ec *executionContext) marshalNEntityEdge2ᚕᚖgithubᚗcomᚋpolicygraphᚋpolicygraphᚋgraphᚐEdgeᚄ(ctx context.Context, sel ast.SelectionSet, v []*graph.Edge) graphql.Marshaler {
		if isLen1 {
			f(i)
		} else {
			go f(i)
		}
}
`

func TestRewrite(t *testing.T) {
	for _, tc := range []struct {
		name, evidenceBody string
		wantErr            string
		wantGoroutines     int // "go f(i)" left: the edge list keeps its goroutines
	}{
		{"plain evidence is inlined", "out.Values[i] = ec._Evidence_text(ctx, field, obj)", "", 1},
		{"a resolver field below refuses", "out.Concurrently(i, func(ctx context.Context) graphql.Marshaler { return innerFunc(ctx, out) })", "now has a resolver field", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "generated.go")
			src := strings.Replace(generated, "%s", tc.evidenceBody, 1)
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			err := rewrite(path)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("rewrite error %v, want %q", err, tc.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(path)
			if got := strings.Count(string(b), "go f(i)"); got != tc.wantGoroutines {
				t.Errorf("%d goroutine launches left, want %d:\n%s", got, tc.wantGoroutines, b)
			}
		})
	}
}
