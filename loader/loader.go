// Package loader turns files into graph extractions: read → normalize →
// segment → mention → resolve → relate, with every offset converted to
// Unicode code points at the end (graph/model.go).
package loader

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/dates"
	"github.com/policygraph/policygraph/loader/gazetteer"
	"github.com/policygraph/policygraph/loader/mention"
	"github.com/policygraph/policygraph/loader/normalize"
	"github.com/policygraph/policygraph/loader/read"
	"github.com/policygraph/policygraph/loader/relate"
	"github.com/policygraph/policygraph/loader/resolve"
	"github.com/policygraph/policygraph/loader/segment"
)

// Options configures a Pipeline. The zero value is ready to use.
type Options struct {
	// Country is the document's own country (我國, 本國) when the text does
	// not say otherwise; default country:TW, the genre's origin.
	Country string
	// Gazetteer replaces the embedded reference data (tests).
	Gazetteer *gazetteer.Gazetteer
	// Trace, when set, sees every sentence the relation rules read (its
	// context filled) and the facts they stated: for telling a rule's miss
	// from a mention's, on exactly the path `load` takes.
	Trace func(relate.Sentence, []relate.Fact)
}

// Pipeline extracts entities and relations from documents. It keeps
// cross-document state for one run (learned abbreviations, the entity
// registry), so one Pipeline serves one run and is not safe for concurrent use.
type Pipeline struct {
	opts   Options
	finder *mention.Finder
	reg    *resolve.Registry
}

// FileResult is the outcome for one file. Err set means the file failed and
// was skipped; Document may still carry what was known (path, size).
type FileResult struct {
	Path       string
	Document   graph.Document
	Extraction graph.Extraction
	Err        error
}

// New builds a pipeline over the embedded gazetteer (or Options.Gazetteer).
func New(opts Options) (*Pipeline, error) {
	if opts.Country == "" {
		opts.Country = "country:TW"
	}
	gz := opts.Gazetteer
	if gz == nil {
		var err error
		if gz, err = gazetteer.Load(); err != nil {
			return nil, fmt.Errorf("loader: load gazetteer: %w", err)
		}
	}
	return &Pipeline{opts: opts, finder: mention.New(gz), reg: resolve.New(gz)}, nil
}

// Run walks paths (files and folders, recursively, in name order), extracts
// each file and calls emit once per file in order. A file that fails is
// reported through FileResult.Err and the others continue; Run returns early
// only when ctx is done or emit returns an error.
func (p *Pipeline) Run(ctx context.Context, paths []string, emit func(FileResult) error) error {
	// read.Walk keeps supported formats only and reports missing paths
	files, bad := read.Walk(paths)
	for _, e := range bad {
		res := FileResult{Err: e}
		var re *read.Error
		if errors.As(e, &re) {
			res.Path = re.Path
		} else {
			var pe *fs.PathError
			if errors.As(e, &pe) {
				res.Path = pe.Path
			}
		}
		if err := emit(res); err != nil {
			return err
		}
	}
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		res := FileResult{Path: path}
		doc, err := read.File(ctx, path)
		if err != nil {
			res.Err = err
		} else {
			res.Document = doc.Document
			res.Extraction, res.Err = p.Extract(ctx, doc)
		}
		if err := emit(res); err != nil {
			return err
		}
	}
	return nil
}

// Extract runs the stages over one read document. A panic in a stage is
// turned into an error for this document so one bad file never stops a run.
func (p *Pipeline) Extract(ctx context.Context, doc read.Document) (x graph.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = graph.Extraction{}, fmt.Errorf("extract %s: internal error: %v (please report with the file)", doc.Path, r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return graph.Extraction{}, err
	}
	text := doc.Text
	if !utf8.ValidString(text) {
		return graph.Extraction{}, errors.New("extract " + doc.Path + ": text is not valid UTF-8 (reader bug)")
	}
	ft := normalize.Fold(text)
	year := dates.ContextYear(text) // once for mentions and relations
	ms := p.finder.FindFoldedYear(text, ft, year)
	ms = p.reg.Resolve(resolve.Doc{Country: p.opts.Country, Author: authorOf(text, ms)}, ms)
	// Second pass: names learned from this and earlier documents (CISA
	// defined in parentheses, then used bare).
	ms = mention.Merge(ms, mention.FindNamesFolded(text, ft, p.learned()))

	cp := newCodePoints(text)
	x.Documents = []graph.Document{doc.Document}
	x.Entities = p.entities(doc.ID, ms, cp)
	x.Relations = keepKnownEnds(x.Entities, p.relations(doc.ID, text, ms, cp, year))
	x = withTaxonomy(p.opts.Gazetteer, x) // broader technologies as reference facts (loader/taxonomy.go)
	return x, nil
}

// keepKnownEnds drops relations whose ends are not entities of this
// document's extraction: every fact must connect entities the document
// names (the writer rejects a document that breaks this).
func keepKnownEnds(ents []graph.Entity, rels []graph.Relation) []graph.Relation {
	ids := make(map[string]bool, len(ents))
	for _, e := range ents {
		ids[e.ID] = true
	}
	out := rels[:0]
	for _, r := range rels {
		if ids[r.From] && ids[r.To] {
			out = append(out, r)
		}
	}
	return out
}

func (p *Pipeline) learned() []mention.Name {
	l := p.reg.Learned()
	out := make([]mention.Name, 0, len(l))
	for n, id := range l {
		e, _ := p.reg.Entity(id)
		out = append(out, mention.Name{Text: n, ID: id, Type: e.Type})
	}
	// Deterministic automaton order: longer names first, then by text.
	// (texts are unique: map keys)
	slices.SortFunc(out, func(a, b mention.Name) int {
		if len(a.Text) != len(b.Text) {
			return cmp.Compare(len(b.Text), len(a.Text))
		}
		return strings.Compare(a.Text, b.Text)
	})
	return out
}

// authorOf picks the author agency for 本部: the agency on the title line
// of a report (數位發展部 業務概況報告), else the first agency after the
// 服務機關 column header of a trip report, else the first agency named in
// the header. An addressee named above the title (立法院…委員會) is not
// the author.
func authorOf(text string, ms []mention.Mention) string {
	limit := min(len(text), 3000)
	agencyOn := func(lo, hi int) string {
		for _, m := range ms {
			if m.Start >= hi {
				break
			}
			if m.Start >= lo && m.Type == graph.Agency && m.EntityID != "" && m.Source != mention.Anaphora {
				return m.EntityID
			}
		}
		return ""
	}
	for lo := 0; lo < limit; {
		hi := strings.IndexByte(text[lo:], '\n')
		if hi < 0 {
			hi = len(text)
		} else {
			hi += lo
		}
		if k := strings.Index(text[lo:hi], "報告"); k >= 0 {
			if id := agencyOn(lo, lo+k); id != "" {
				return id
			}
		}
		lo = hi + 1
	}
	if k := strings.Index(text[:limit], "服務機關"); k >= 0 {
		if id := agencyOn(k, len(text)); id != "" {
			return id
		}
	}
	return agencyOn(0, limit)
}

func (p *Pipeline) entities(docID string, ms []mention.Mention, cp codePoints) []graph.Entity {
	byID := map[string]int{}
	var out []graph.Entity
	for _, m := range ms {
		if m.EntityID == "" {
			continue
		}
		i, ok := byID[m.EntityID]
		if !ok {
			e, found := p.reg.Entity(m.EntityID)
			if !found {
				continue
			}
			e.Mentions = nil
			i = len(out)
			byID[m.EntityID] = i
			out = append(out, e)
		}
		out[i].Mentions = append(out[i].Mentions, graph.Mention{Document: docID, Start: cp.at(m.Start), End: cp.at(m.End)})
	}
	for i := range out {
		if out[i].Aliases == nil {
			out[i].Aliases = []string{}
		}
	}
	return out
}

func (p *Pipeline) relations(docID, text string, ms []mention.Mention, cp codePoints, year int) []graph.Relation {
	// relate.Document walks the sentences in order: it carries the context
	// a sentence leaves implicit (the meeting in focus, the statement last
	// named, the body of the table row above).
	spans := segment.Split(text)
	sents := make([]relate.Sentence, 0, len(spans))
	j := 0
	for _, sp := range spans {
		for j < len(ms) && ms[j].Start < sp.Start {
			j++
		}
		k := j
		for k < len(ms) && ms[k].End <= sp.End {
			k++
		}
		sents = append(sents, relate.Sentence{Text: text, Start: sp.Start, End: sp.End, Kind: sp.Kind, Mentions: ms[j:k:k]})
	}
	var rels []graph.Relation
	for _, f := range relate.DocumentTrace(sents, relate.Context{Country: p.opts.Country, Year: year}, p.opts.Trace) {
		if f.From == "" || f.To == "" || f.From == f.To || f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			continue
		}
		rels = append(rels, graph.Relation{
			Type: f.Type, From: f.From, To: f.To, Date: f.Date,
			Evidence: []graph.Evidence{{Document: docID, Start: cp.at(f.Start), End: cp.at(f.End), Text: text[f.Start:f.End]}},
		})
	}
	return Merge(graph.Extraction{Relations: rels}).Relations
}

// codePoints converts byte offsets of one text to code point offsets.
type codePoints struct {
	text string
	idx  []int32 // idx[b] = code points before byte b, for every rune start and len(text)
}

func newCodePoints(text string) codePoints {
	idx := make([]int32, len(text)+1)
	n := int32(0)
	for b := range text {
		idx[b] = n
		n++
	}
	idx[len(text)] = n
	// Bytes inside a rune map to the rune's start.
	for b := 1; b < len(text); b++ {
		if !utf8.RuneStart(text[b]) {
			idx[b] = idx[b-1]
		}
	}
	return codePoints{text: text, idx: idx}
}

func (c codePoints) at(b int) int {
	if b < 0 {
		return 0
	}
	if b >= len(c.idx) {
		return int(c.idx[len(c.idx)-1])
	}
	return int(c.idx[b])
}

// Merge combines extractions: documents by id, entities by id (mentions and
// aliases united, missing fields filled), relations by type+from+to (evidence
// united, duplicates dropped). Order is first appearance.
func Merge(xs ...graph.Extraction) graph.Extraction {
	// Empty lists, not null, in the JSON researchers read.
	out := graph.Extraction{Documents: []graph.Document{}, Entities: []graph.Entity{}, Relations: []graph.Relation{}}
	docs := map[string]bool{}
	ents := map[string]int{}
	rels := map[string]int{}
	for _, x := range xs {
		for _, d := range x.Documents {
			if !docs[d.ID] {
				docs[d.ID] = true
				out.Documents = append(out.Documents, d)
			}
		}
		for _, e := range x.Entities {
			i, ok := ents[e.ID]
			if !ok {
				ents[e.ID] = len(out.Entities)
				e.Aliases = append([]string{}, e.Aliases...)
				e.Mentions = append([]graph.Mention{}, e.Mentions...)
				out.Entities = append(out.Entities, e)
				continue
			}
			mergeEntity(&out.Entities[i], e)
		}
		for _, r := range x.Relations {
			k := string(r.Type) + "\x00" + r.From + "\x00" + r.To
			i, ok := rels[k]
			if !ok {
				rels[k] = len(out.Relations)
				r.Evidence = append([]graph.Evidence{}, r.Evidence...)
				out.Relations = append(out.Relations, r)
				continue
			}
			o := &out.Relations[i]
			if o.Date == "" {
				o.Date = r.Date
			}
			for _, ev := range r.Evidence {
				if !containsEvidence(o.Evidence, ev) {
					o.Evidence = append(o.Evidence, ev)
				}
			}
		}
	}
	return out
}

func containsEvidence(evs []graph.Evidence, ev graph.Evidence) bool {
	for _, e := range evs {
		if e.Document == ev.Document && e.Start == ev.Start && e.End == ev.End {
			return true
		}
	}
	return false
}

func mergeEntity(o *graph.Entity, e graph.Entity) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&o.Name, e.Name)
	fill(&o.NameZh, e.NameZh)
	fill(&o.Abbr, e.Abbr)
	fill(&o.Kind, e.Kind)
	fill(&o.Country, e.Country)
	fill(&o.Date, e.Date)
	fill(&o.EndDate, e.EndDate)
	fill(&o.Place, e.Place)
	fill(&o.Role, e.Role)
	for _, a := range append([]string{e.Name, e.NameZh, e.Abbr}, e.Aliases...) {
		if a == "" || a == o.Name || a == o.NameZh || a == o.Abbr {
			continue
		}
		dup := false
		for _, x := range o.Aliases {
			if x == a {
				dup = true
				break
			}
		}
		if !dup {
			o.Aliases = append(o.Aliases, a)
		}
	}
	for _, m := range e.Mentions {
		dup := false
		for _, x := range o.Mentions {
			if x == m {
				dup = true
				break
			}
		}
		if !dup {
			o.Mentions = append(o.Mentions, m)
		}
	}
}
