// Package frontend embeds the built explorer and GraphiQL pages (frontend/dist,
// built by `npm run build`) so the binary serves them without a CDN.
package frontend

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed all:dist
var dist embed.FS

// Handler serves the built files at /.
func Handler() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // dist is embedded at build time; a missing folder is a build bug
	}
	return http.FileServer(http.FS(sub))
}
