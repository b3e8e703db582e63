// Package gazetteer is the loader's reference data: every country and economy
// (names from CLDR) plus reviewed YAML lists of agencies, international
// organisations, companies and a technology taxonomy. It names things; it
// never states facts about them (who signed or attended what comes from text).
package gazetteer

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"gopkg.in/yaml.v3"

	"github.com/policygraph/policygraph/graph"
)

//go:embed data/*.yaml
var dataFS embed.FS

// Entry is one known entity.
type Entry struct {
	ID      string           `yaml:"id"`
	Type    graph.EntityType `yaml:"type"`
	Zh      string           `yaml:"zh"`      // preferred Traditional Chinese name
	En      string           `yaml:"en"`      // English name
	Abbr    []string         `yaml:"abbr"`    // abbreviations (first is preferred)
	Aliases []string         `yaml:"aliases"` // other names, any script
	Kind    string           `yaml:"kind"`
	Country string           `yaml:"country"` // Agency: the country it belongs to
	Parent  string           `yaml:"parent"`  // parent agency/organisation, or BROADER technology
	// Context lists aliases that name the entry only in a known context
	// (e.g. single-character country forms 美, 日 inside 臺美, 美方); the
	// mention finder decides where they apply.
	Short []string `yaml:"short"`
	// Cities are well-known cities of a country: a text that names only
	// the city (於臺北主辦) still places the event in the country. They
	// are not names of the country and stay out of Names.
	Cities []string `yaml:"cities"`
}

// Names returns every surface form of the entry, preferred first.
func (e *Entry) Names() []string {
	out := make([]string, 0, 2+len(e.Abbr)+len(e.Aliases))
	for _, n := range append(append([]string{e.Zh, e.En}, e.Abbr...), e.Aliases...) {
		if strings.TrimSpace(n) != "" {
			out = append(out, n)
		}
	}
	return out
}

// HasName reports whether n is one of the entry's names as written.
func (e *Entry) HasName(n string) bool {
	for _, x := range e.Names() {
		if x == n {
			return true
		}
	}
	return false
}

// Gazetteer holds the entries, indexed by id.
type Gazetteer struct {
	entries []*Entry
	byID    map[string]*Entry
}

// Load reads the embedded data: CLDR countries, then the YAML files, whose
// entries with an existing id add names to it.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{byID: map[string]*Entry{}}
	g.addCountries()
	files, err := fs.Glob(dataFS, "data/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: list data: %w", err)
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: read %s: %w", f, err)
		}
		// Unknown keys are errors: an unquoted comma inside a flow mapping
		// ({en: Ministry of Economy, Trade and Industry}) silently cuts the
		// name and makes the rest a key.
		var es []*Entry
		dec := yaml.NewDecoder(bytes.NewReader(b))
		dec.KnownFields(true)
		if err := dec.Decode(&es); err != nil && err != io.EOF {
			return nil, fmt.Errorf("gazetteer: parse %s: %w (fix the YAML; quote names that contain commas)", path.Base(f), err)
		}
		for i, e := range es {
			if e.ID == "" {
				return nil, fmt.Errorf("gazetteer: %s entry %d has no id", path.Base(f), i)
			}
			if err := g.add(e); err != nil {
				return nil, fmt.Errorf("gazetteer: %s: %w", path.Base(f), err)
			}
		}
	}
	return g, nil
}

func (g *Gazetteer) add(e *Entry) error {
	if old, ok := g.byID[e.ID]; ok {
		// A second entry with the same id refines the first (variant names, kind).
		if e.Zh != "" {
			if old.Zh != "" && old.Zh != e.Zh {
				old.Aliases = append(old.Aliases, old.Zh)
			}
			old.Zh = e.Zh
		}
		if e.En != "" {
			if old.En != "" && old.En != e.En {
				old.Aliases = append(old.Aliases, old.En)
			}
			old.En = e.En
		}
		old.Abbr = append(old.Abbr, e.Abbr...)
		old.Aliases = append(old.Aliases, e.Aliases...)
		old.Short = append(old.Short, e.Short...)
		old.Cities = append(old.Cities, e.Cities...)
		if e.Kind != "" {
			old.Kind = e.Kind
		}
		if e.Parent != "" {
			old.Parent = e.Parent
		}
		if e.Country != "" {
			old.Country = e.Country
		}
		return nil
	}
	if !e.Type.Valid() {
		return fmt.Errorf("entry %s: unknown type %q", e.ID, e.Type)
	}
	g.entries = append(g.entries, e)
	g.byID[e.ID] = e
	return nil
}

// notISO lists CLDR region codes that are not ISO 3166-1 countries
// (exceptional reservations and groupings).
var notISO = map[string]bool{"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true, "EZ": true, "UN": true, "QO": true, "XK": false}

// addCountries adds every ISO 3166-1 region CLDR names, in zh-Hant and English.
func (g *Gazetteer) addCountries() {
	zh := display.Regions(language.TraditionalChinese)
	en := display.Regions(language.English)
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.Canonicalize().String() != code || notISO[code] {
				continue
			}
			zn, en := zh.Name(r), en.Name(r)
			if zn == "" || en == "" || zn == code {
				continue
			}
			_ = g.add(&Entry{ID: "country:" + code, Type: graph.Country, Zh: zn, En: en})
		}
	}
}

// Entries returns all entries in load order.
func (g *Gazetteer) Entries() []*Entry { return g.entries }

// ByID returns the entry with that id, or nil.
func (g *Gazetteer) ByID(id string) *Entry { return g.byID[id] }
