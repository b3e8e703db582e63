package read

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlText renders an HTML page's visible text: block elements on their own
// lines, headings as Markdown "#" lines (so segment knows them), list items
// as "- " lines, table rows as one line of tab-separated cells; script,
// style and other invisible elements dropped.
func htmlText(src string) (string, error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", &Error{Reason: ErrUndecodable, Detail: "HTML", Err: err}
	}
	var w htmlWriter
	w.node(root)
	return w.b.String(), nil
}

type htmlWriter struct {
	b     strings.Builder
	pre   int  // depth inside <pre>
	space bool // a space is pending before the next text
}

// newline ends the current line unless it is already ended.
func (w *htmlWriter) newline() {
	s := w.b.String()
	if len(s) > 0 && s[len(s)-1] != '\n' {
		w.b.WriteByte('\n')
	}
	w.space = false
}

func (w *htmlWriter) text(s string) {
	if w.pre > 0 {
		w.b.WriteString(s)
		return
	}
	// Rendered HTML collapses whitespace runs to one space.
	lead := len(s) > 0 && isHTMLSpace(s[0])
	trail := len(s) > 0 && isHTMLSpace(s[len(s)-1])
	f := strings.Fields(s)
	if len(f) == 0 {
		if lead {
			w.space = true
		}
		return
	}
	cur := w.b.String()
	if (w.space || lead) && len(cur) > 0 && cur[len(cur)-1] != '\n' && cur[len(cur)-1] != '\t' {
		w.b.WriteByte(' ')
	}
	w.b.WriteString(strings.Join(f, " "))
	w.space = trail
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func (w *htmlWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		w.children(n)
		return
	default:
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Svg,
		atom.Iframe, atom.Object, atom.Canvas, atom.Select, atom.Button:
		return
	case atom.Br:
		w.newline()
		return
	case atom.Table:
		w.newline()
		w.table(n)
		w.newline()
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.newline()
		w.b.WriteString(strings.Repeat("#", int(n.Data[1]-'0')) + " ")
		w.children(n)
		w.newline()
		return
	case atom.Li:
		w.newline()
		w.b.WriteString("- ")
		w.children(n)
		w.newline()
		return
	case atom.Pre:
		w.newline()
		w.pre++
		w.children(n)
		w.pre--
		w.newline()
		return
	}
	if block[n.DataAtom] {
		w.newline()
		w.children(n)
		w.newline()
		return
	}
	w.children(n)
}

func (w *htmlWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

// table writes each row of n (nested tables flattened into their cell) as
// one line of tab-separated cells.
func (w *htmlWriter) table(n *html.Node) {
	var rows func(*html.Node)
	rows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				var cells []string
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						cells = append(cells, cellText(td))
					}
				}
				if strings.TrimSpace(strings.Join(cells, "")) != "" {
					w.newline()
					w.b.WriteString(strings.Join(cells, "\t"))
					w.newline()
				}
			case atom.Caption:
				w.newline()
				w.children(c)
				w.newline()
			case atom.Thead, atom.Tbody, atom.Tfoot:
				rows(c)
			}
		}
	}
	rows(n)
}

// cellText is a cell's visible text on one line.
func cellText(n *html.Node) string {
	var sub htmlWriter
	sub.children(n)
	return strings.Join(strings.Fields(sub.b.String()), " ")
}

var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Main: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Hr: true,
	atom.Form: true, atom.Fieldset: true, atom.Title: true, atom.Body: true, atom.Html: true,
}

// htmlTitle is the page's <title>, if any.
func htmlTitle(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken:
			if name, _ := z.TagName(); string(name) == "title" {
				if z.Next() == html.TextToken {
					return strings.Join(strings.Fields(string(z.Text())), " ")
				}
				return ""
			}
		}
	}
}
