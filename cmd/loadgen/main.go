// Command loadgen runs saved GraphQL queries against a policygraph server
// concurrently for a fixed time and prints, per query, throughput and
// p50/p95/p99 latency. Every answer is checked: an HTTP error or a GraphQL
// error counts as a failure.
//
//	loadgen -url http://127.0.0.1:8080/graphql -queries examples/queries -duration 20s -concurrency 8
//
// Latency on a shared machine says as much about the other processes as
// about policygraph, so the load average is printed before and after the
// run, and -cpu-pids names processes (the server, Neo4j) whose CPU time per
// request is then measured, one query at a time: a figure that does not
// depend on what else the machine is doing.
//
//	loadgen -cpu-pids "$(pgrep -f 'policygraph serve'),$(cat .data/neo4j/run/pid)"
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
	"runtime"
	"slices"
	"strconv"
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
	pids := flag.String("cpu-pids", "", "comma-separated process ids (the server, Neo4j) whose CPU time per request is measured after the run, one query at a time (Linux /proc)")
	flag.Parse()
	var cpuPIDs []int
	for _, f := range strings.FieldsFunc(*pids, func(r rune) bool { return r == ',' || r == ' ' }) {
		pid, err := strconv.Atoi(f)
		if err != nil {
			fmt.Fprintf(os.Stderr, "loadgen: -cpu-pids: %q is not a process id\n", f)
			os.Exit(2)
		}
		cpuPIDs = append(cpuPIDs, pid)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, config{url: *url, dir: *dir, duration: *duration, concurrency: *conc, cpuPIDs: cpuPIDs}); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

type config struct {
	url         string
	dir         string
	duration    time.Duration
	concurrency int
	cpuPIDs     []int
}

// cpuRounds is how many requests of each query the CPU measurement sends:
// enough that the kernel's 10 ms accounting tick resolves 0.2 ms a request.
const cpuRounds = 50

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
	load0 := loadAvg()
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
	fmt.Fprintf(w, "load average before %s, after %s\n", load0, loadAvg())
	for _, r := range results {
		if r.failures > 0 {
			return fmt.Errorf("%s failed %d times, last: %w", r.name, r.failures, r.lastErr)
		}
	}
	if len(cfg.cpuPIDs) > 0 {
		return cpuPerRequest(context.WithoutCancel(ctx), w, client, cfg, qs)
	}
	return nil
}

// cpuPerRequest sends each query cpuRounds times, one at a time, and
// reports the CPU time the processes of cfg.cpuPIDs spent per request.
func cpuPerRequest(ctx context.Context, w io.Writer, client *http.Client, cfg config, qs []query) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "CPU ms per request (%d sequential requests each)\t", cpuRounds)
	for _, pid := range cfg.cpuPIDs {
		fmt.Fprintf(tw, "pid %d\t", pid)
	}
	fmt.Fprintln(tw)
	for _, q := range qs {
		before, err := cpuTimes(cfg.cpuPIDs)
		if err != nil {
			return err
		}
		for range cpuRounds {
			if _, err := ask(ctx, client, cfg.url, q.body); err != nil {
				return fmt.Errorf("%s: %w", q.name, err)
			}
		}
		after, err := cpuTimes(cfg.cpuPIDs)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t", q.name)
		for i := range after {
			fmt.Fprintf(tw, "%.1f\t", ms(after[i]-before[i])/cpuRounds)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// clockTick is the unit of /proc/<pid>/stat's CPU times (USER_HZ, 100 on
// Linux everywhere in practice).
const clockTick = 10 * time.Millisecond

func cpuTimes(pids []int) ([]time.Duration, error) {
	out := make([]time.Duration, len(pids))
	for i, pid := range pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			return nil, fmt.Errorf("read the CPU time of process %d (-cpu-pids): %w", pid, err)
		}
		ticks, err := statTicks(string(b))
		if err != nil {
			return nil, fmt.Errorf("process %d: %w", pid, err)
		}
		out[i] = time.Duration(ticks) * clockTick
	}
	return out, nil
}

// statTicks is user + system time from a /proc/<pid>/stat line. The command
// name (field 2) may hold spaces and parentheses, so fields are counted from
// the last ')'.
func statTicks(line string) (int64, error) {
	i := strings.LastIndexByte(line, ')')
	if i < 0 {
		return 0, fmt.Errorf("unexpected /proc stat line %.80q", line)
	}
	f := strings.Fields(line[i+1:])
	// After the name: state(3) … utime(14) stime(15), so indexes 11 and 12.
	if len(f) < 13 {
		return 0, fmt.Errorf("unexpected /proc stat line %.80q", line)
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	s, err2 := strconv.ParseInt(f[12], 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return 0, fmt.Errorf("unexpected /proc stat line %.80q: %w", line, err)
	}
	return u + s, nil
}

// loadAvg is the 1-minute load average and the number of cores, "?" off Linux.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	return fmt.Sprintf("%s (%d cores)", f[0], runtime.NumCPU())
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
