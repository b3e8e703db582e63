package frontend

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestHandler(t *testing.T) {
	built := fstest.MapFS{
		"index.html":          {Data: []byte("<title>policygraph explorer</title>")},
		"graphiql/index.html": {Data: []byte("<title>policygraph GraphiQL</title>")},
		"assets/main-abc.js":  {Data: []byte("console.log(1)")},
	}
	empty := fstest.MapFS{".keep": {Data: nil}}
	tests := []struct {
		name      string
		files     fstest.MapFS
		path      string
		status    int
		body      string
		cacheHead string
	}{
		{"explorer at /", built, "/", 200, "policygraph explorer", "no-cache"},
		{"graphiql without slash", built, "/graphiql", 200, "policygraph GraphiQL", "no-cache"},
		{"graphiql with slash and query", built, "/graphiql/?query=%7B%20stats%20%7B%20entities%20%7D%20%7D", 200, "policygraph GraphiQL", "no-cache"},
		{"hashed assets cached for good", built, "/assets/main-abc.js", 200, "console.log", "immutable"},
		{"missing file", built, "/nope.js", 404, "", ""},
		{"placeholder before the frontend is built", empty, "/", 200, "make frontend-build", ""},
		{"placeholder at /graphiql too", empty, "/graphiql", 200, "make frontend-build", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			newHandler(tt.files).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			body, _ := io.ReadAll(rec.Body)
			if rec.Code != tt.status {
				t.Fatalf("GET %s: status %d, want %d (body %q)", tt.path, rec.Code, tt.status, body)
			}
			if !strings.Contains(string(body), tt.body) {
				t.Errorf("GET %s: body %q does not contain %q", tt.path, body, tt.body)
			}
			if got := rec.Header().Get("Cache-Control"); !strings.Contains(got, tt.cacheHead) {
				t.Errorf("GET %s: Cache-Control %q, want %q", tt.path, got, tt.cacheHead)
			}
		})
	}
}

// The embedded build must serve something at / whether or not dist/ was built.
func TestEmbeddedHandlerServesRoot(t *testing.T) {
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET / on the embedded build: status %d", rec.Code)
	}
}
