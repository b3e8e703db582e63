// Package read turns a file into a Document: its bytes identified by sha256,
// decoded to text (UTF-8, UTF-16, Big5), with markup reduced to visible text.
//
// Formats: .txt/.md as text; .html/.htm as visible text with table rows as
// tab-separated lines; .pdf through pdftotext -layout (poppler-utils); .docx
// from the XML in its zip. Bad input is an *Error whose Reason says why, so a
// caller can report the file and go on with the others.
package read

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/dates"
)

// Document is a source file with its decoded text. All loader offsets are
// byte offsets into Text; the pipeline converts them to characters at the end.
//
// Text is the decoded text with line ends normalised to \n; for HTML, PDF
// and DOCX it is the visible text as extracted, so evidence offsets refer to
// Text, not to the file's bytes.
type Document struct {
	graph.Document
	Text string
}

// Why a file was skipped. Test with errors.Is(err, read.ErrEmpty).
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file, not a document")
	ErrUndecodable = errors.New("cannot decode: not UTF-8, UTF-16 with BOM or Big5")
	ErrNoText      = errors.New("no text in the document")
	ErrVanished    = errors.New("file not found (removed or renamed while loading?)")
	ErrTooLarge    = errors.New("file larger than the size limit")
	ErrUnsupported = errors.New("unsupported format")
	ErrToolMissing = errors.New("pdftotext not found: install Debian's poppler-utils (apt-get install poppler-utils)")
)

// Error is why one file could not be read. Reason is one of the Err values
// above; Err is the underlying error, if any.
type Error struct {
	Path   string
	Reason error
	Detail string
	Err    error
}

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %s: %v", e.Path, e.Reason)
	if e.Detail != "" {
		b.WriteString(" (" + e.Detail + ")")
	}
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Reason}
	}
	return []error{e.Reason, e.Err}
}

// DefaultMaxBytes is the size limit of File: policy documents are far
// smaller; a larger file is more likely a dump or a mistake.
const DefaultMaxBytes = 20 << 20

// Reader reads files with options. The zero value uses the defaults.
type Reader struct {
	MaxBytes  int64  // larger files fail with ErrTooLarge; 0 = DefaultMaxBytes
	PDFToText string // pdftotext executable; "" = found on PATH
}

// File reads one file with the default options.
func File(ctx context.Context, path string) (Document, error) {
	return Reader{}.File(ctx, path)
}

// Formats lists the file name extensions read, by format.
var formats = map[string]string{
	".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
	".html": "html", ".htm": "html", ".xhtml": "html",
	".pdf": "pdf", ".docx": "docx",
}

// Supported reports whether Walk picks up files named like path.
func Supported(path string) bool {
	_, ok := formats[strings.ToLower(filepath.Ext(path))]
	return ok
}

// File reads one file.
func (r Reader) File(ctx context.Context, path string) (Document, error) {
	if err := ctx.Err(); err != nil {
		return Document{}, fmt.Errorf("read %s: %w", path, err)
	}
	fail := func(reason error, detail string, err error) (Document, error) {
		return Document{}, &Error{Path: path, Reason: reason, Detail: detail, Err: err}
	}
	max := r.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	b, err := readLimited(path, max)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fail(ErrVanished, "", nil)
	case errors.Is(err, ErrTooLarge):
		return fail(ErrTooLarge, fmt.Sprintf("limit %d MB", max>>20), nil)
	case err != nil:
		return Document{}, fmt.Errorf("read %s: %w", path, err)
	case len(b) == 0:
		return fail(ErrEmpty, "", nil)
	}

	format := formats[strings.ToLower(filepath.Ext(path))]
	if format == "" {
		format = sniff(b)
	}
	var text, enc, pageTitle string
	switch format {
	case "txt", "md":
		text, enc, err = decode(b)
	case "html":
		text, enc, err = decode(b)
		if err == nil {
			pageTitle = htmlTitle(text)
			text, err = htmlText(text)
		}
	case "pdf":
		enc = "PDF"
		text, err = r.pdfText(ctx, path, b)
	case "docx":
		enc = "DOCX"
		text, err = docxText(b, max)
	default:
		err = &Error{Reason: ErrUnsupported, Detail: "extension " + filepath.Ext(path)}
	}
	if err != nil {
		var re *Error
		if errors.As(err, &re) {
			re.Path = path
			return Document{}, re
		}
		return Document{}, fmt.Errorf("read %s: %w", path, err)
	}
	text = cleanText(text)
	if !hasLetters(text) {
		return fail(ErrNoText, "only whitespace or symbols", nil)
	}
	sum := sha256.Sum256(b)
	if pageTitle == "" {
		pageTitle = title(text, path)
	}
	return Document{
		Document: graph.Document{
			ID:       hex.EncodeToString(sum[:]),
			Title:    pageTitle,
			Path:     path,
			Language: language(text),
			Format:   format,
			Encoding: enc,
			Size:     len(b),
		},
		Text: text,
	}, nil
}

// readLimited reads at most max bytes, failing with ErrTooLarge beyond, so a
// huge file is never loaded into memory.
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, fmt.Errorf("is a directory")
		}
		if st.Size() > max {
			return nil, ErrTooLarge
		}
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, ErrTooLarge
	}
	return b, nil
}

// sniff guesses the format of a file without a known extension.
func sniff(b []byte) string {
	head := strings.ToLower(string(b[:min(len(b), 512)]))
	switch {
	case strings.HasPrefix(head, "%pdf-"):
		return "pdf"
	case strings.HasPrefix(head, "pk\x03\x04"):
		return "docx"
	case strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html"):
		return "html"
	}
	return "txt"
}

// cleanText normalises line ends and drops characters that carry nothing
// (NUL, BOM, form feeds become line breaks).
func cleanText(s string) string {
	if !strings.ContainsAny(s, "\r\f\x00\ufeff") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.NewReplacer("\r", "\n", "\f", "\n", "\x00", "", "\ufeff", "").Replace(s)
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// language is zh-Hant when CJK dominates, ja when kana is frequent, en when
// Latin letters dominate, else "".
func language(s string) string {
	var han, kana, latin int
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			kana++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case kana > (han+kana)/5 && kana > 20:
		return "ja"
	case han > 0 && han*3 >= latin:
		return "zh-Hant"
	case latin > 0:
		return "en"
	}
	return ""
}

// title is the document's first meaningful line: a Markdown H1 near the
// top if there is one, else the first line that is not a cover label
// ("出國報告（出國類別：開會）", "(書面報告)") or a bare date; else the file name.
func title(text, path string) string {
	lines := strings.SplitN(text, "\n", 60)
	for _, l := range lines {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "# ") {
			if s := cleanTitle(t); s != "" {
				return s
			}
		}
	}
	for _, l := range lines {
		s := cleanTitle(l)
		if s == "" || coverLabel(s) || isDate(s) {
			continue
		}
		return s
	}
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

func cleanTitle(l string) string {
	s := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#"))
	s = strings.Join(strings.Fields(s), " ")
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	return shortTitle(s)
}

// coverLabel: a short word followed by a bracketed note and nothing else.
func coverLabel(s string) bool {
	r := []rune(s)
	last := r[len(r)-1]
	if last != '）' && last != ')' {
		return false
	}
	open := strings.IndexAny(s, "（(")
	return open >= 0 && len([]rune(s[:open])) <= 6
}

func isDate(s string) bool {
	ds := dates.Find(s)
	return len(ds) == 1 && strings.TrimSpace(s[:ds[0].Start]+s[ds[0].End:]) == ""
}

// maxTitle is about the longest title kept, in characters. A line that
// long is a news text's first paragraph, not a headline: it is cut at its
// first sentence end when that comes early, else at the last clause break
// (，、；： a space, a closing bracket) within maxTitle.
const maxTitle = 60

// minTitle keeps a cut from leaving a stub such as "據報導".
const minTitle = 8

func shortTitle(s string) string {
	if utf8.RuneCountInString(s) <= maxTitle {
		return s
	}
	depth, n, cut := 0, 0, -1
	for i, r := range s {
		if n > maxTitle {
			break
		}
		n++
		switch {
		case strings.ContainsRune("（(「《【", r):
			depth++
		case strings.ContainsRune("）)」》】", r) && depth > 0:
			depth--
			if depth == 0 && n >= minTitle {
				cut = i + utf8.RuneLen(r) // after the bracket: a name with its English form
			}
		case depth > 0:
		case strings.ContainsRune("。！？!?", r):
			if n > minTitle {
				return strings.TrimSpace(s[:i])
			}
		case strings.ContainsRune("，,；;、：: ", r) && n > minTitle:
			cut = i
		}
	}
	if cut > 0 {
		return strings.TrimSpace(strings.TrimRight(s[:cut], "，,；;、：: "))
	}
	r := []rune(s)
	return string(r[:maxTitle]) + "…"
}
