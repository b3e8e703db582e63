// Command loadgen runs saved GraphQL queries against a policygraph server
// concurrently for a fixed time and prints, per query, throughput and
// p50/p95/p99 latency. Every answer is checked: an HTTP error or a GraphQL
// error counts as a failure.
//
//	loadgen -url http://127.0.0.1:8080/graphql -queries examples/queries -duration 20s -concurrency 8
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint")
	dir := flag.String("queries", "examples/queries", "folder of .graphql files, one query each")
	duration := flag.Duration("duration", 10*time.Second, "how long to run")
	conc := flag.Int("concurrency", 8, "concurrent clients; each runs the queries round-robin")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, config{url: *url, dir: *dir, duration: *duration, concurrency: *conc}); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

type config struct {
	url         string
	dir         string
	duration    time.Duration
	concurrency int
}

type query struct {
	name string
	body []byte
}

// result is one query's measurements.
type result struct {
	name      string
	latencies []time.Duration
	failures  int
	lastErr   error
}

func run(ctx context.Context, w io.Writer, cfg config) error {
	files, err := filepath.Glob(filepath.Join(cfg.dir, "*.graphql"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no .graphql files in %s (give -queries)", cfg.dir)
	}
	var qs []query
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		body, _ := json.Marshal(map[string]string{"query": string(b)})
		qs = append(qs, query{strings.TrimSuffix(filepath.Base(f), ".graphql"), body})
	}
	// Loopback: keep enough idle connections for every worker so the
	// measurement is the server's, not TCP set-up's.
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.concurrency * 2}, Timeout: 30 * time.Second}
	// One warm-up round: the first run of a query includes Neo4j planning it.
	for _, q := range qs {
		if _, err := ask(ctx, client, cfg.url, q.body); err != nil {
			return fmt.Errorf("warm-up %s: %w", q.name, err)
		}
	}

	results := make([]result, len(qs))
	for i, q := range qs {
		results[i].name = q.name
	}
	var mu sync.Mutex
	ctx, cancel := context.WithTimeout(ctx, cfg.duration)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for worker := range cfg.concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := worker; ctx.Err() == nil; i++ {
				k := i % len(qs)
				d, err := ask(ctx, client, cfg.url, qs[k].body)
				if ctx.Err() != nil {
					return // cut off by the end of the run: not a measurement
				}
				mu.Lock()
				if err != nil {
					results[k].failures++
					results[k].lastErr = err
				} else {
					results[k].latencies = append(results[k].latencies, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	report(w, results, elapsed, cfg)
	for _, r := range results {
		if r.failures > 0 {
			return fmt.Errorf("%s failed %d times, last: %w", r.name, r.failures, r.lastErr)
		}
	}
	return nil
}

// ask sends one query and checks the answer has no errors.
func ask(ctx context.Context, c *http.Client, url string, body []byte) (time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	res, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	d := time.Since(start)
	if err != nil {
		return 0, err
	}
	var out struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		return 0, fmt.Errorf("HTTP %d, not JSON: %.200s", res.StatusCode, b)
	}
	if len(out.Errors) > 0 {
		return 0, errors.New(out.Errors[0].Message)
	}
	return d, nil
}

func report(w io.Writer, results []result, elapsed time.Duration, cfg config) {
	fmt.Fprintf(w, "%d clients for %s against %s\n", cfg.concurrency, elapsed.Round(time.Millisecond), cfg.url)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "query\trequests\treq/s\tp50 ms\tp95 ms\tp99 ms\tmax ms\tfailed\t")
	total := 0
	for _, r := range results {
		l := slices.Clone(r.latencies)
		slices.Sort(l)
		total += len(l)
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t\n", r.name, len(l), float64(len(l))/elapsed.Seconds(),
			ms(pct(l, 50)), ms(pct(l, 95)), ms(pct(l, 99)), ms(pct(l, 100)), r.failures)
	}
	fmt.Fprintf(tw, "all\t%d\t%.1f\t\t\t\t\t\t\n", total, float64(total)/elapsed.Seconds())
	tw.Flush()
}

// pct is the p-th percentile (nearest rank) of sorted latencies.
func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (p*len(sorted)+99)/100 - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
