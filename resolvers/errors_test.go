package resolvers_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
	"github.com/policygraph/policygraph/resolvers"
)

func TestArgumentsAndLimits(t *testing.T) {
	srv, _ := newServer(t)
	for _, tc := range []struct {
		name, query string
		wantErr     string // substring of the first error; "" = must succeed
	}{
		{"unknown id is null", `{ entity(id: "country:XX") { id } }`, ""},
		{"first over the cap", `{ countries(first: 501) { totalCount } }`, "first must be between 0 and 500, got 501"},
		{"negative first", `{ search(text: "日本", first: -1) { matched } }`, "first must be between 0 and 500"},
		{"empty search", `{ search(text: "  ") { matched } }`, "search: text must not be empty"},
		{"bad date", `{ meetings(from: "April 2024") { totalCount } }`, `from: "April 2024" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`},
		{"bad cursor", `{ countries(after: "%%%") { totalCount } }`, "is not a cursor this API gave"},
		{"maxHops too large", `{ path(from: "country:JP", to: "country:US", maxHops: 9) { length } }`, "maxHops must be between 1 and 6, got 9"},
		{"depth zero", `{ neighborhood(id: "country:JP", depth: 0) { truncated } }`, "depth must be between 1 and 3, got 0"},
		{"depth too large", `{ neighborhood(id: "country:JP", depth: 4) { truncated } }`, "depth must be between 1 and 3, got 4"},
		{"unknown enum", `{ search(text: "日本", types: [Planet]) { matched } }`, "Planet"},
		{"too deep", `{ entity(id: "country:JP") { ... on Country { signed(first: 1) { node { signatories(first: 1) { node { ... on Agency {
			country { node { agencies(first: 1) { node { parent { node { units(first: 1) { node { country { node { signed(first: 1) { node { id } } } } } } } } } } } } } } } } } } } }`,
			"the limit is 12"},
		{"too complex", `{ countries(first: 500) { nodes { relations(first: 500) { node { relations(first: 500) { node { id } } } } } } }`,
			"operation has complexity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, _ := post(t, srv.URL, tc.query, nil)
			if tc.wantErr == "" {
				if len(res.Errors) > 0 {
					t.Fatalf("errors: %+v", res.Errors)
				}
				if string(res.Data) != `{"entity":null}` {
					t.Errorf("data = %s, want entity null", res.Data)
				}
				return
			}
			if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, tc.wantErr) {
				t.Errorf("errors = %+v, want one containing %q", res.Errors, tc.wantErr)
			}
		})
	}
}

func TestBodySizeLimit(t *testing.T) {
	srv, _ := newServer(t)
	big := `{"query":"{ health { ok } }","variables":{"pad":"` + strings.Repeat("x", 2<<20) + `"}}`
	res, err := http.Post(srv.URL, "application/json", strings.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode < 400 || !strings.Contains(string(body), "body") {
		t.Errorf("2 MiB body: status %d %s, want a 4xx error about the body", res.StatusCode, body)
	}
}

func TestGETAndPersistedQueries(t *testing.T) {
	srv, _ := newServer(t)
	q := `{ entity(id: "meeting:ttc-6") { name ... on Meeting { date endDate place heldIn { node { id } } } } }`
	res, err := http.Get(srv.URL + "?query=" + url.QueryEscape(q))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	want := `{"data":{"entity":{"name":"6th TTC Ministerial Meeting","date":"2024-04-04","endDate":"2024-04-05","place":"魯汶","heldIn":[{"node":{"id":"country:BE"}}]}}}`
	if res.StatusCode != 200 || string(body) != want {
		t.Errorf("GET: %d %s, want %s", res.StatusCode, body, want)
	}

	// Automatic persisted queries: the hash alone is unknown at first, then
	// registered with the query, then enough on its own.
	sum := sha256.Sum256([]byte(q))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	send := func(withQuery bool) string {
		m := map[string]any{"extensions": ext}
		if withQuery {
			m["query"] = q
		}
		b, _ := json.Marshal(m)
		res, err := http.Post(srv.URL, "application/json", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		out, _ := io.ReadAll(res.Body)
		return string(out)
	}
	if got := send(false); !strings.Contains(got, "PersistedQueryNotFound") {
		t.Errorf("unknown hash: %s, want PersistedQueryNotFound", got)
	}
	if got := send(true); got != want {
		t.Errorf("register: %s", got)
	}
	if got := send(false); got != want {
		t.Errorf("hash only: %s, want %s", got, want)
	}
}

// TestStoreUnavailable: Neo4j goes away behind an open store (a proxy in
// front of the real server is closed); queries answer "graph store
// unavailable" within a few seconds under the default request timeout (the
// driver's retries give up after 2 s) and health says not ok at once; never
// a hang or a panic.
func TestStoreUnavailable(t *testing.T) {
	ctx := context.Background()
	_ = neo4jtest.Store(t) // make sure the server runs
	cfg, err := neo4jtest.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(cfg.URI)
	p := newProxy(t, u.Host)
	cfg.URI = u.Scheme + "://" + p.addr()
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open through proxy: %v", err)
	}
	defer store.Close(ctx)
	srv := httptest.NewServer(resolvers.NewHandler(store, resolvers.Options{})) // default 10 s timeout
	defer srv.Close()
	if res, _ := post(t, srv.URL, `{ health { ok } }`, nil); string(res.Data) != `{"health":{"ok":true}}` {
		t.Fatalf("health through proxy = %s %+v", res.Data, res.Errors)
	}
	p.close()

	for _, q := range []string{`{ entity(id: "country:JP") { id } }`, `{ search(text: "SBOM") { matched } }`, `{ stats { entities } }`} {
		start := time.Now()
		res, _ := post(t, srv.URL, q, nil)
		if len(res.Errors) == 0 || res.Errors[0].Message != "graph store unavailable" {
			t.Errorf("%s: errors %+v, want \"graph store unavailable\"", q, res.Errors)
		}
		// ~2-3 s expected; 8 s leaves room for a busy machine and stays
		// well under the 10 s request timeout, so the driver's give-up is tested.
		if d := time.Since(start); d > 8*time.Second {
			t.Errorf("%s took %s, want \"graph store unavailable\" within ~3 s", q, d)
		} else {
			t.Logf("%s: unavailable after %s", q, d.Round(10*time.Millisecond))
		}
	}
	res, _ := post(t, srv.URL, `{ health { ok error } }`, nil)
	if string(res.Data) != `{"health":{"ok":false,"error":"graph store unavailable"}}` {
		t.Errorf("health = %s, want ok false", res.Data)
	}
}

// proxy forwards TCP to target until closed; closing refuses new connections
// and cuts the open ones, as a stopped server would.
type proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	t.Cleanup(p.close)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(s, c); s.Close() }()
			go func() { _, _ = io.Copy(c, s); c.Close() }()
		}
	}()
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

func (p *proxy) close() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// TestTimeout: a request that outlives Options.Timeout is cut off (its Cypher
// cancelled through the context) and says so.
func TestTimeout(t *testing.T) {
	_, store := newServer(t)
	srv := httptest.NewServer(resolvers.NewHandler(store, resolvers.Options{Timeout: time.Millisecond}))
	defer srv.Close()
	res, _ := post(t, srv.URL, `{ neighborhood(id: "statement:sbom-shared-vision", depth: 3) { nodes { id } } }`, nil)
	if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "request timed out after 1ms") {
		t.Errorf("errors = %+v, want \"request timed out after 1ms …\"", res.Errors)
	}
}
