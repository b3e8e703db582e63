package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

func runExport(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "export", "export [flags]", `Reads the whole graph from Neo4j and writes its documents, entities (with their
mentions) and facts (with every evidence span: document, offsets, sentence):
  json     one object shaped like extract's output; to stdout, or DIR/policygraph.json
  graphml  directed GraphML for NetworkX, Gephi, yEd (nx.read_graphml); evidence as a
           JSON string attribute; to stdout, or DIR/policygraph.graphml
  csv      DIR/nodes.csv, DIR/edges.csv (one row per fact × evidence span) and
           DIR/documents.csv, UTF-8 (in Excel: Data › From Text/CSV); needs --out
`, `  policygraph export > graph.json
  policygraph export --format graphml --out exports/
  policygraph export --format csv --out exports/ && python3 -c "import pandas; print(pandas.read_csv('exports/edges.csv').head())"
`)
	nf := addNeo4jFlags(fs)
	format := fs.String("format", "json", "json, graphml or csv")
	out := fs.String("out", "", "folder to write into (created if missing); json and graphml go to stdout without it")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.stderr, "export: takes no arguments (got %q); the graph comes from Neo4j\n", fs.Args())
		return errUsage
	}
	switch *format {
	case "json", "graphml":
	case "csv":
		if *out == "" {
			fmt.Fprintln(env.stderr, "export: --format csv writes three files: give the folder with --out DIR")
			return errUsage
		}
	default:
		fmt.Fprintf(env.stderr, "export: unknown --format %q (json, graphml or csv)\n", *format)
		return errUsage
	}
	store, err := openStore(ctx, nf.config())
	if err != nil {
		return err
	}
	defer closeStore(store, env.stderr)
	x, err := store.Export(ctx)
	if err != nil {
		return err
	}
	files, err := writeExport(x, *format, *out, env.stdout)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stderr, "exported %d documents, %d entities, %d relations%s\n",
		len(x.Documents), len(x.Entities), len(x.Relations), where(files))
	return nil
}

func where(files []string) string {
	if len(files) == 0 {
		return ""
	}
	return " to " + strings.Join(files, ", ")
}

// writeExport writes x in format into dir (or stdout when dir is empty) and
// returns the files it wrote.
func writeExport(x graph.Extraction, format, dir string, stdout io.Writer) ([]string, error) {
	type file struct {
		name  string
		write func(io.Writer) error
	}
	var files []file
	switch format {
	case "json":
		files = []file{{"policygraph.json", func(w io.Writer) error { return writeExportJSON(w, x) }}}
	case "graphml":
		files = []file{{"policygraph.graphml", func(w io.Writer) error { return writeGraphML(w, x) }}}
	case "csv":
		files = []file{
			{"nodes.csv", func(w io.Writer) error { return writeNodesCSV(w, x) }},
			{"edges.csv", func(w io.Writer) error { return writeEdgesCSV(w, x) }},
			{"documents.csv", func(w io.Writer) error { return writeDocumentsCSV(w, x) }},
		}
	default:
		return nil, fmt.Errorf("export: unknown format %q (json, graphml or csv)", format)
	}
	if dir == "" {
		if len(files) != 1 {
			return nil, fmt.Errorf("export: %s writes %d files: give a folder with --out", format, len(files))
		}
		return nil, files[0].write(stdout)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: create %s: %w", dir, err)
	}
	var written []string
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := writeFile(path, f.write); err != nil {
			return written, err
		}
		written = append(written, path)
	}
	return written, nil
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("export: write %s: %w", path, err)
	}
	return nil
}

func writeExportJSON(w io.Writer, x graph.Extraction) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(x)
}

// GraphML elements; attribute names are what NetworkX turns into node and
// edge attributes.
type (
	gmlRoot struct {
		XMLName xml.Name `xml:"graphml"`
		NS      string   `xml:"xmlns,attr"`
		Keys    []gmlKey `xml:"key"`
		Graph   gmlGraph `xml:"graph"`
	}
	gmlKey struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	gmlGraph struct {
		ID          string    `xml:"id,attr"`
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []gmlElem `xml:"node"`
		Edges       []gmlElem `xml:"edge"`
	}
	gmlElem struct {
		ID     string    `xml:"id,attr"`
		Source string    `xml:"source,attr,omitempty"`
		Target string    `xml:"target,attr,omitempty"`
		Data   []gmlData `xml:"data"`
	}
	gmlData struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
)

var (
	nodeKeys = []string{"type", "name", "nameZh", "abbr", "aliases", "kind", "country", "date", "endDate", "place", "role", "mentions"}
	edgeKeys = []string{"type", "date", "documents", "text", "evidence"}
)

func writeGraphML(w io.Writer, x graph.Extraction) error {
	root := gmlRoot{NS: "http://graphml.graphdrawing.org/xmlns", Graph: gmlGraph{ID: "policygraph", EdgeDefault: "directed"}}
	for _, k := range nodeKeys {
		typ := "string"
		if k == "mentions" {
			typ = "int"
		}
		root.Keys = append(root.Keys, gmlKey{ID: "n_" + k, For: "node", Name: k, Type: typ})
	}
	for _, k := range edgeKeys {
		root.Keys = append(root.Keys, gmlKey{ID: "e_" + k, For: "edge", Name: k, Type: "string"})
	}
	data := func(prefix string, kv ...string) []gmlData {
		var out []gmlData
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] != "" { // absent rather than empty, as NetworkX expects
				out = append(out, gmlData{Key: prefix + kv[i], Value: kv[i+1]})
			}
		}
		return out
	}
	for _, e := range x.Entities {
		root.Graph.Nodes = append(root.Graph.Nodes, gmlElem{ID: e.ID, Data: data("n_",
			"type", string(e.Type), "name", e.Name, "nameZh", e.NameZh, "abbr", e.Abbr,
			"aliases", strings.Join(e.Aliases, "|"), "kind", e.Kind, "country", e.Country, "date", e.Date,
			"endDate", e.EndDate, "place", e.Place, "role", e.Role, "mentions", strconv.Itoa(len(e.Mentions)))})
	}
	for i, r := range x.Relations {
		ev, err := json.Marshal(r.Evidence)
		if err != nil {
			return err
		}
		root.Graph.Edges = append(root.Graph.Edges, gmlElem{ID: "e" + strconv.Itoa(i), Source: r.From, Target: r.To,
			Data: data("e_", "type", string(r.Type), "date", r.Date, "documents", strings.Join(evidenceDocs(r.Evidence), "|"),
				"text", strings.Join(evidenceTexts(r.Evidence), "\n"), "evidence", string(ev))})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func evidenceDocs(ev []graph.Evidence) []string {
	var out []string
	for _, e := range ev {
		if len(out) == 0 || out[len(out)-1] != e.Document {
			out = append(out, e.Document)
		}
	}
	return out
}

func evidenceTexts(ev []graph.Evidence) []string {
	out := make([]string, len(ev))
	for i, e := range ev {
		out[i] = e.Text
	}
	return out
}

func writeCSV(w io.Writer, header []string, rows func(emit func(...string) error) error) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := rows(func(r ...string) error { return cw.Write(r) }); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func writeNodesCSV(w io.Writer, x graph.Extraction) error {
	return writeCSV(w, []string{"id", "type", "name", "nameZh", "abbr", "aliases", "kind", "country", "date", "endDate", "place", "role", "mentions"},
		func(emit func(...string) error) error {
			for _, e := range x.Entities {
				if err := emit(e.ID, string(e.Type), e.Name, e.NameZh, e.Abbr, strings.Join(e.Aliases, "|"), e.Kind, e.Country,
					e.Date, e.EndDate, e.Place, e.Role, strconv.Itoa(len(e.Mentions))); err != nil {
					return err
				}
			}
			return nil
		})
}

// writeEdgesCSV writes one row per fact and evidence span, so a spreadsheet
// filter on a fact shows every sentence that states it.
func writeEdgesCSV(w io.Writer, x graph.Extraction) error {
	paths := make(map[string]string, len(x.Documents))
	for _, d := range x.Documents {
		paths[d.ID] = d.Path
	}
	return writeCSV(w, []string{"type", "from", "to", "date", "document", "documentPath", "start", "end", "text"},
		func(emit func(...string) error) error {
			for _, r := range x.Relations {
				if len(r.Evidence) == 0 {
					if err := emit(string(r.Type), r.From, r.To, r.Date, "", "", "", "", ""); err != nil {
						return err
					}
				}
				for _, e := range r.Evidence {
					if err := emit(string(r.Type), r.From, r.To, r.Date, e.Document, paths[e.Document],
						strconv.Itoa(e.Start), strconv.Itoa(e.End), e.Text); err != nil {
						return err
					}
				}
			}
			return nil
		})
}

func writeDocumentsCSV(w io.Writer, x graph.Extraction) error {
	return writeCSV(w, []string{"id", "title", "path", "format", "encoding", "size"},
		func(emit func(...string) error) error {
			for _, d := range x.Documents {
				if err := emit(d.ID, d.Title, d.Path, d.Format, d.Encoding, strconv.Itoa(d.Size)); err != nil {
					return err
				}
			}
			return nil
		})
}
