package main

import (
	"flag"
	"io"
	"slices"
	"testing"
)

func TestParseAcceptsFlagsAfterPaths(t *testing.T) {
	cases := []struct {
		name      string
		args      []string
		wantFmt   string
		wantPaths []string
	}{
		{"flags first", []string{"--format", "json", "corpus/"}, "json", []string{"corpus/"}},
		{"flags after the path, as the issue writes it", []string{"corpus/", "--format", "json"}, "json", []string{"corpus/"}},
		{"flags between paths", []string{"a.txt", "--format=json", "b.txt"}, "json", []string{"a.txt", "b.txt"}},
		{"double dash keeps a dash-named file", []string{"--format", "json", "--", "--odd-name.txt"}, "json", []string{"--odd-name.txt"}},
		{"no flags", []string{"a.txt", "b.txt"}, "text", []string{"a.txt", "b.txt"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("extract", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			format := fs.String("format", "text", "")
			if err := parse(fs, tc.args); err != nil {
				t.Fatalf("parse(%q): %v", tc.args, err)
			}
			if *format != tc.wantFmt || !slices.Equal(fs.Args(), tc.wantPaths) {
				t.Errorf("parse(%q) = format %q paths %q, want %q %q", tc.args, *format, fs.Args(), tc.wantFmt, tc.wantPaths)
			}
		})
	}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := parse(fs, []string{"corpus/", "--no-such-flag"}); err != errUsage {
		t.Errorf("unknown flag after a path: err = %v, want errUsage", err)
	}
}
