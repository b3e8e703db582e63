package loader

import (
	"fmt"
	"sync"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/gazetteer"
)

// taxonomy is the gazetteer's technology tree: for each technology id, the
// entity it stands for and its parent (the BROADER technology).
type taxonomy struct {
	ents   map[string]graph.Entity
	parent map[string]string
}

func newTaxonomy(gz *gazetteer.Gazetteer) taxonomy {
	tx := taxonomy{ents: map[string]graph.Entity{}, parent: map[string]string{}}
	for _, e := range gz.Entries() {
		if e.Type != graph.Technology {
			continue
		}
		ent := graph.Entity{ID: e.ID, Type: graph.Technology, Name: e.En, NameZh: e.Zh, Kind: e.Kind, Aliases: []string{}}
		if ent.Name == "" {
			ent.Name = e.Zh
		}
		if len(e.Abbr) > 0 {
			ent.Abbr = e.Abbr[0]
		}
		for _, n := range e.Names() {
			if n != ent.Name && n != ent.NameZh && n != ent.Abbr {
				ent.Aliases = append(ent.Aliases, n)
			}
		}
		tx.ents[e.ID] = ent
		if e.Parent != "" {
			tx.parent[e.ID] = e.Parent
		}
	}
	return tx
}

// embeddedTaxonomy is built once from the embedded gazetteer and only read
// afterwards, so pipelines share it instead of parsing the YAML again.
var embeddedTaxonomy = sync.OnceValues(func() (taxonomy, error) {
	gz, err := gazetteer.Load()
	if err != nil {
		return taxonomy{}, fmt.Errorf("loader: load gazetteer for the technology taxonomy: %w", err)
	}
	return newTaxonomy(gz), nil
})

// withTaxonomy adds, for every Technology entity of x, its gazetteer
// ancestors as entities without mentions and a BROADER relation
// child → parent without evidence: reference facts the writer stores as
// taxonomy edges, so a query for AI reaches what addresses generative AI.
// gz nil means the embedded gazetteer, which New has already loaded without
// error, so it cannot fail here; if it ever did, x comes back unchanged (the
// facts stand without their taxonomy).
func withTaxonomy(gz *gazetteer.Gazetteer, x graph.Extraction) graph.Extraction {
	var tx taxonomy
	if gz != nil {
		tx = newTaxonomy(gz)
	} else {
		var err error
		if tx, err = embeddedTaxonomy(); err != nil {
			return x
		}
	}
	have := make(map[string]bool, len(x.Entities))
	for _, e := range x.Entities {
		have[e.ID] = true
	}
	linked := map[[2]string]bool{}
	for _, r := range x.Relations {
		if r.Type == graph.Broader {
			linked[[2]string{r.From, r.To}] = true
		}
	}
	// Index loop: ancestors appended here are walked in turn, which adds
	// their own parents (LLM → generative AI → AI).
	for i := 0; i < len(x.Entities); i++ {
		e := x.Entities[i]
		if e.Type != graph.Technology {
			continue
		}
		p, ok := tx.parent[e.ID]
		if !ok {
			continue
		}
		pe, known := tx.ents[p]
		if !known {
			continue // a parent id the gazetteer does not define: nothing to link to
		}
		if !have[p] {
			have[p] = true
			pe.Aliases = append([]string{}, pe.Aliases...)
			x.Entities = append(x.Entities, pe)
		}
		if !linked[[2]string{e.ID, p}] {
			linked[[2]string{e.ID, p}] = true
			x.Relations = append(x.Relations, graph.Relation{Type: graph.Broader, From: e.ID, To: p, Evidence: []graph.Evidence{}})
		}
	}
	return x
}
