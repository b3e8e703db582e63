package main

import (
	"os"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var l []time.Duration
	for i := 1; i <= 100; i++ {
		l = append(l, time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		p    int
		want time.Duration
	}{{50, 50 * time.Millisecond}, {95, 95 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}} {
		if got := pct(l, tc.p); got != tc.want {
			t.Errorf("p%d = %s, want %s", tc.p, got, tc.want)
		}
	}
	if got := pct(nil, 99); got != 0 {
		t.Errorf("p99 of nothing = %s", got)
	}
	if got := pct([]time.Duration{7}, 50); got != 7 {
		t.Errorf("p50 of one = %s", got)
	}
}

func TestStatTicks(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       int64
		err        bool
	}{
		// A Java process of Neo4j and a name with a space and a parenthesis.
		{"java", "11767 (java) S 1 11700 11700 0 -1 4194560 123 0 0 0 1540 212 0 0 30 10 80 0 5000 4874012 435486", 1752, false},
		{"odd name", "42 (policy graph) x) R 1 42 42 0 -1 0 0 0 0 0 7 3 0 0 20 0 1 0 9 1 1", 10, false},
		{"truncated", "42 (x) R 1 2", 0, true},
		{"no name", "garbage", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := statTicks(tc.line)
			if (err != nil) != tc.err || got != tc.want {
				t.Errorf("statTicks = %d, %v; want %d (error %v)", got, err, tc.want, tc.err)
			}
		})
	}
	// This process's own line parses.
	if _, err := cpuTimes([]int{os.Getpid()}); err != nil {
		t.Errorf("cpuTimes(self): %v", err)
	}
}
