// Package frontend embeds the built explorer and GraphiQL pages (frontend/dist,
// built by `npm run build`) so the binary serves them without a CDN.
package frontend

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed all:dist
var dist embed.FS

// placeholder is served when the binary was built before the frontend
// (dist/ holds only .keep), so / still says what to do instead of a 404.
const placeholder = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>policygraph</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>policygraph</h1>
<p>The API is up at <a href="/graphql">/graphql</a>, but this binary was built without the
explorer. Run <code>make frontend-build</code> (or <code>cd frontend &amp;&amp; npm ci &amp;&amp; npm run build</code>)
and rebuild the binary to get the graph explorer here and GraphiQL at /graphiql.</p>
</body></html>
`

// Handler serves the built files: the explorer at / and GraphiQL at
// /graphiql (with or without a trailing slash).
func Handler() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // dist is embedded at build time; a missing folder is a build bug
	}
	return newHandler(sub)
}

func newHandler(files fs.FS) http.Handler {
	if _, err := fs.Stat(files, "index.html"); err != nil {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(placeholder))
		})
	}
	fileServer := http.FileServer(http.FS(files))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		// Pages revalidate so a new binary's explorer shows at once.
		w.Header().Set("Cache-Control", "no-cache")
		switch {
		case p == "/graphiql" || p == "/graphiql/":
			// Serve the page directly: FileServer would redirect /graphiql to
			// /graphiql/, and a query string (?query=…) must survive.
			http.ServeFileFS(w, r, files, "graphiql/index.html")
			return
		case strings.HasPrefix(p, "/assets/"):
			// Vite puts a content hash in every asset name, so they never change.
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		}
		fileServer.ServeHTTP(w, r)
	})
}
