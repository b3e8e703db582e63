// Package read turns a file into a Document: its bytes identified by sha256,
// decoded to text (UTF-8, UTF-16, Big5), with markup reduced to visible text.
package read

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// Document is a source file with its decoded text. All loader offsets are
// byte offsets into Text; the pipeline converts them to characters at the end.
type Document struct {
	graph.Document
	Text string
}

// File reads one file. (Skeleton: UTF-8 text only; the loader issue deepens it.)
func File(ctx context.Context, path string) (Document, error) {
	if err := ctx.Err(); err != nil {
		return Document{}, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Document{}, fmt.Errorf("read %s: %w", path, err)
	}
	sum := sha256.Sum256(b)
	text := strings.TrimPrefix(string(b), "\ufeff")
	return Document{
		Document: graph.Document{
			ID:       hex.EncodeToString(sum[:]),
			Title:    filepath.Base(path),
			Path:     path,
			Language: "zh-Hant",
			Format:   strings.TrimPrefix(filepath.Ext(path), "."),
			Encoding: "UTF-8",
			Size:     len(b),
		},
		Text: text,
	}, nil
}
