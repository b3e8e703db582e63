// Command inlinelists rewrites gqlgen's generated executor so that lists of
// plain objects are marshalled in the calling goroutine.
//
// gqlgen starts one goroutine per element of every object list, so that
// resolver fields below the elements run (and batch) concurrently. For an
// object with no resolver field anywhere below it, that buys nothing and
// costs a goroutine whose stack then grows while it marshals: on the
// example query telwg70_attendees (153 evidence spans) it was about a
// third of the API's CPU. gqlgen has no setting for this, so go generate
// runs this after gqlgen.
//
//	go run ./resolvers/internal/inlinelists resolvers/exec/generated.go
//
// Only the element types named below are rewritten, and only while their
// generated code, and that of the objects below them, shows no concurrent
// field; if the schema gives one a resolver, generation fails and says so.
package main

import (
	"fmt"
	"os"
	"strings"
)

// inline lists the GraphQL object types whose lists are marshalled inline,
// each with the object types reachable below it (which must stay free of
// resolver fields too).
var inline = map[string][]string{
	"Evidence": {"Evidence", "Document"},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: inlinelists path/to/generated.go")
		os.Exit(2)
	}
	if err := rewrite(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "inlinelists:", err)
		os.Exit(1)
	}
}

func rewrite(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read generated executor: %w (run gqlgen first)", err)
	}
	src := string(b)
	for typ, below := range inline {
		for _, t := range below {
			body, ok := funcBody(src, "func (ec *executionContext) _"+t+"(")
			if !ok {
				return fmt.Errorf("no marshaller for object %s in %s; update the list in resolvers/internal/inlinelists", t, path)
			}
			if strings.Contains(body, "Concurrently(") {
				return fmt.Errorf("object %s now has a resolver field, so lists of %s must keep gqlgen's goroutines; remove %s from resolvers/internal/inlinelists", t, typ, typ)
			}
		}
	}
	lines := strings.SplitAfter(src, "\n")
	n := 0
	inList := false
	for i, l := range lines {
		if strings.HasPrefix(l, "func ") {
			inList = isInlineList(l)
		}
		if inList && strings.TrimSpace(l) == "go f(i)" {
			lines[i] = strings.Replace(l, "go f(i)", "f(i)", 1)
			n++
		}
	}
	if n == 0 {
		return fmt.Errorf("found no list of %v to rewrite in %s", keys(), path)
	}
	return os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644)
}

// isInlineList reports whether a func line is gqlgen's marshaller of a
// list (ᚕ) of one of the inline types: marshalNEvidence2ᚕ…, marshalOEvidence2ᚕ….
func isInlineList(line string) bool {
	for typ := range inline {
		for _, p := range []string{"marshalN", "marshalO"} {
			if strings.Contains(line, ") "+p+typ+"2ᚕ") {
				return true
			}
		}
	}
	return false
}

// funcBody is the text from a func's signature to the next top-level func.
func funcBody(src, sig string) (string, bool) {
	i := strings.Index(src, sig)
	if i < 0 {
		return "", false
	}
	rest := src[i+len(sig):]
	if j := strings.Index(rest, "\nfunc "); j >= 0 {
		rest = rest[:j]
	}
	return rest, true
}

func keys() []string {
	var out []string
	for k := range inline {
		out = append(out, k)
	}
	return out
}
