package loader

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph/neo4jtest"
)

// The scale run: a generated corpus of N copies of the seed documents, each
// copy a distinct document (numbers and country names perturbed), extracted
// the way `load` does — one file at a time, results dropped after each —
// reporting how time and peak memory grow with N. scripts/scale runs it for
// N = 10, 100, 1000 and prints a table; by hand:
//
//	POLICYGRAPH_SCALE=10,100 go test -run '^$' -bench '^BenchmarkScale$' -benchtime 1x ./loader/
//	POLICYGRAPH_SCALE=10 go test -run '^$' -bench '^BenchmarkScaleLoad$' -benchtime 1x ./loader/
//
// The copies are written once under POLICYGRAPH_SCALE_DIR (default
// .data/scale, git-ignored) and reused by later runs.

// BenchmarkScale extracts N× the seeds for each N of POLICYGRAPH_SCALE
// (default 10).
func BenchmarkScale(b *testing.B) {
	for _, n := range scaleNs(b, "POLICYGRAPH_SCALE", "10") {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			paths, size := scaleCorpus(b, n)
			b.SetBytes(size)
			var docs, ents, rels int
			var peak peakMemory
			var pace docPace
			for b.Loop() {
				docs, ents, rels = 0, 0, 0
				pace = newDocPace(5 * n)
				peak = watchMemory(func() any {
					p, err := New(Options{})
					if err != nil {
						b.Fatal(err)
					}
					err = p.Run(context.Background(), paths, func(r FileResult) error {
						if r.Err != nil {
							return fmt.Errorf("%s: %w", r.Path, r.Err)
						}
						pace.done()
						docs++
						ents += len(r.Extraction.Entities)
						rels += len(r.Extraction.Relations)
						return nil
					})
					if err != nil {
						b.Fatal(err)
					}
					return p // the live heap at the end is the pipeline's cross-document state
				})
			}
			reportScale(b, docs, ents, rels, peak)
			first, last := pace.deciles()
			b.ReportMetric(first, "first10%-ms/doc")
			b.ReportMetric(last, "last10%-ms/doc")
		})
	}
}

// docPace times the first and the last tenth of a run's documents: if the
// pipeline's cross-document state made each document slower, the last tenth
// would be slower than the first on any machine, whatever else runs on it.
type docPace struct {
	total, seen       int
	start, firstEnd   time.Time
	lastStart, finish time.Time
}

func newDocPace(total int) docPace { return docPace{total: total, start: time.Now()} }

func (p *docPace) done() {
	p.seen++
	now := time.Now()
	tenth := max(1, p.total/10)
	if p.seen == tenth {
		p.firstEnd = now
	}
	if p.seen == p.total-tenth {
		p.lastStart = now
	}
	p.finish = now
}

// deciles returns the mean ms per document of the first and last tenth.
func (p *docPace) deciles() (first, last float64) {
	tenth := float64(max(1, p.total/10))
	if p.firstEnd.IsZero() || p.lastStart.IsZero() {
		return 0, 0
	}
	return float64(p.firstEnd.Sub(p.start).Milliseconds()) / tenth, float64(p.finish.Sub(p.lastStart).Milliseconds()) / tenth
}

// BenchmarkScaleLoad extracts and writes N× the seeds into a real Neo4j (an
// empty one, through neo4jtest), one transaction per document, for each N of
// POLICYGRAPH_SCALE_LOAD (default 10).
func BenchmarkScaleLoad(b *testing.B) {
	store := neo4jtest.Store(b)
	cfg, err := neo4jtest.Config(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, n := range scaleNs(b, "POLICYGRAPH_SCALE_LOAD", "10") {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			paths, size := scaleCorpus(b, n)
			b.SetBytes(size)
			var docs, ents, rels int
			var write time.Duration
			var peak peakMemory
			var pace docPace
			for b.Loop() {
				b.StopTimer()
				if err := neo4jtest.Wipe(ctx, cfg); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				docs, ents, rels, write = 0, 0, 0, 0
				pace = newDocPace(5 * n)
				peak = watchMemory(func() any {
					p, err := New(Options{})
					if err != nil {
						b.Fatal(err)
					}
					err = p.Run(ctx, paths, func(r FileResult) error {
						if r.Err != nil {
							return fmt.Errorf("%s: %w", r.Path, r.Err)
						}
						st, err := store.WriteDocument(ctx, r.Document, r.Extraction)
						if err != nil {
							return err
						}
						write += st.Duration
						pace.done()
						docs++
						ents += st.Entities
						rels += st.Relations
						return nil
					})
					if err != nil {
						b.Fatal(err)
					}
					return p
				})
			}
			reportScale(b, docs, ents, rels, peak)
			// extraction and write together; equal first and last tenths
			// mean a write does not slow down as more documents state the
			// same facts (each document's evidence is its own node)
			first, last := pace.deciles()
			b.ReportMetric(first, "first10%-ms/doc")
			b.ReportMetric(last, "last10%-ms/doc")
			b.ReportMetric(write.Seconds()/float64(b.N), "write-s")
			b.ReportMetric(float64(write.Milliseconds())/float64(b.N*docs), "write-ms/doc")
			st, err := store.Stats(ctx)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(st.Entities), "graph-entities")
			b.ReportMetric(float64(st.Relations), "graph-relations")
		})
	}
}

func reportScale(b *testing.B, docs, ents, rels int, peak peakMemory) {
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(docs), "docs")
	b.ReportMetric(float64(docs)/secs, "docs/s")
	b.ReportMetric(float64(ents), "entity-rows")
	b.ReportMetric(float64(rels), "relations")
	b.ReportMetric(secs, "s")
	b.ReportMetric(float64(peak.heap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(peak.live)/(1<<20), "live-heap-MB")
	if peak.rss > 0 {
		b.ReportMetric(float64(peak.rss)/(1<<20), "peak-RSS-MB")
	}
	b.ReportMetric(0, "ns/op") // s says it in seconds
}

func scaleNs(b *testing.B, env, def string) []int {
	v := os.Getenv(env)
	if v == "" {
		v = def
	}
	var ns []int
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			b.Fatalf("%s=%q: want a comma-separated list of copy counts like 10,100,1000", env, v)
		}
		ns = append(ns, n)
	}
	return ns
}

// scaleCorpus makes sure copies 0…n-1 of the seeds exist and returns their
// folders and total size in bytes.
func scaleCorpus(b *testing.B, n int) ([]string, int64) {
	b.Helper()
	seeds, err := filepath.Glob(filepath.Join("..", "corpus", "*.txt"))
	if err != nil || len(seeds) == 0 {
		b.Fatalf("no seed documents in ../corpus: %v", err)
	}
	root := os.Getenv("POLICYGRAPH_SCALE_DIR")
	if root == "" {
		root = filepath.Join("..", ".data", "scale")
	}
	texts := make([]string, len(seeds))
	for i, s := range seeds {
		raw, err := os.ReadFile(s)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = string(raw)
	}
	var paths []string
	var size int64
	for k := range n {
		dir := filepath.Join(root, "copies", fmt.Sprintf("k%04d", k))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatalf("create the scale corpus: %v", err)
		}
		for i, s := range seeds {
			path := filepath.Join(dir, filepath.Base(s))
			if st, err := os.Stat(path); err == nil && st.Size() > 0 {
				size += st.Size()
				continue
			}
			text := perturb(texts[i], k)
			if err := os.WriteFile(path+".tmp", []byte(text), 0o644); err != nil {
				b.Fatalf("write the scale corpus: %v", err)
			}
			if err := os.Rename(path+".tmp", path); err != nil {
				b.Fatal(err)
			}
			size += int64(len(text))
		}
		paths = append(paths, dir)
	}
	return paths, size
}

// countryPairs are swapped in copy k when bit i of k is set, so copies name
// different countries in the same sentences.
var countryPairs = [][2]string{{"日本", "韓國"}, {"德國", "法國"}, {"美國", "英國"}, {"澳洲", "加拿大"}, {"荷蘭", "瑞典"}, {"新加坡", "泰國"}}

// perturb makes copy k of a seed: country names swapped by the bits of k,
// the last digit of numbers of three or more digits other than years
// shifted by k, and
// the copy number on the first line so every copy is a distinct document.
func perturb(text string, k int) string {
	if k == 0 {
		return text
	}
	var pairs []string
	for i, p := range countryPairs {
		if k&(1<<i) != 0 {
			pairs = append(pairs, p[0], p[1], p[1], p[0])
		}
	}
	if len(pairs) > 0 {
		text = strings.NewReplacer(pairs...).Replace(text)
	}
	var sb strings.Builder
	sb.Grow(len(text) + 16)
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j == i {
			sb.WriteByte(text[i])
			i++
			continue
		}
		run := text[i:j]
		year := len(run) == 4 && (run[:2] == "19" || run[:2] == "20")
		if len(run) >= 3 && !year { // months and days stay valid
			d := (int(run[len(run)-1]-'0') + k) % 10
			run = run[:len(run)-1] + strconv.Itoa(d)
		}
		sb.WriteString(run)
		i = j
	}
	text = sb.String()
	// the copy number ends the first line that has text (the title)
	start := len(text) - len(strings.TrimLeft(text, "\r\n \t\uFEFF"))
	end := len(text)
	if nl := strings.IndexByte(text[start:], '\n'); nl >= 0 {
		end = start + nl
	}
	end = len(strings.TrimRight(text[:end], "\r"))
	return text[:end] + fmt.Sprintf("（副本 %d）", k) + text[end:]
}

// peakMemory is what watchMemory saw: the largest heap (live and not yet
// swept objects), the heap still live at the end after a collection, and
// the process's peak resident set (VmHWM) when Linux lets it be reset.
type peakMemory struct{ heap, live, rss uint64 }

// watchMemory runs f while sampling the heap every 10 ms (runtime/metrics
// does not stop the world, so it barely disturbs f); what f returns is kept
// reachable while the live heap is measured.
func watchMemory(f func() any) peakMemory {
	resetRSS := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var pm peakMemory
	var mu sync.Mutex
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			pm.heap = max(pm.heap, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	state := f()
	// The heap still live after a collection, with f's result (the
	// pipeline and its cross-document state) kept reachable.
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	live := ms.HeapAlloc
	runtime.KeepAlive(state)
	close(stop)
	<-done
	mu.Lock()
	defer mu.Unlock()
	pm.live = live
	if resetRSS {
		pm.rss = vmHWM()
	}
	return pm
}

// vmHWM is the process's peak resident set size in bytes (0 if unknown).
func vmHWM() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
