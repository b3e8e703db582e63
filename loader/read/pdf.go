package read

import (
	"bytes"
	"context"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfText runs pdftotext -layout and tidies its output: form feeds become
// line breaks, column gaps (3+ spaces) become tabs so tables stay rows, and
// lines wrapped by the page width are joined back into paragraphs.
func (r Reader) pdfText(ctx context.Context, path string, b []byte) (string, error) {
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		return "", &Error{Reason: ErrBinary, Detail: "not a PDF file"}
	}
	tool := r.PDFToText
	if tool == "" {
		tool = "pdftotext"
	}
	tool, err := exec.LookPath(tool)
	if err != nil {
		return "", &Error{Reason: ErrToolMissing, Err: err}
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, tool, "-layout", "-enc", "UTF-8", "-q", path, "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		return "", &Error{Reason: ErrUndecodable, Detail: "pdftotext: " + strings.TrimSpace(stderr.String()), Err: err}
	}
	if !utf8.Valid(stdout.Bytes()) {
		return "", &Error{Reason: ErrUndecodable, Detail: "pdftotext output is not UTF-8"}
	}
	text := layoutText(stdout.String())
	if strings.TrimSpace(text) == "" {
		return "", &Error{Reason: ErrNoText, Detail: "PDF without a text layer (a scan?); run OCR first"}
	}
	return text, nil
}

// columnGap is a run of spaces inside a (trimmed) line: a table column gap.
var columnGap = regexp.MustCompile(` {3,}`)

// layoutText tidies pdftotext -layout output.
func layoutText(s string) string {
	s = strings.ReplaceAll(s, "\f", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		indent := len(l) - len(strings.TrimLeft(l, " "))
		body := l[indent:]
		// Column gaps inside the line separate table cells.
		body = columnGap.ReplaceAllString(body, "\t")
		lines[i] = body
	}
	return joinWrapped(lines)
}

// joinWrapped joins a line to the next when the page width cut it: it is
// nearly as wide as the text block, does not end a sentence, and neither it
// nor the next line is a table row, a list item or blank.
func joinWrapped(lines []string) string {
	widths := make([]int, 0, len(lines))
	for _, l := range lines {
		if w := width(l); w > 0 {
			widths = append(widths, w)
		}
	}
	if len(widths) == 0 {
		return strings.Join(lines, "\n")
	}
	slices.Sort(widths)
	full := widths[len(widths)*9/10] * 85 / 100
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		next := lines[i+1]
		if full > 10 && width(l) >= full && next != "" && !strings.Contains(l, "\t") &&
			!strings.Contains(next, "\t") && !endsSentence(l) && !startsItem(next) {
			last, _ := utf8.DecodeLastRuneInString(l)
			first, _ := utf8.DecodeRuneInString(next)
			if last < 0x2E80 || first < 0x2E80 {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// width is the display width of a line: CJK characters take two columns.
func width(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115F || r >= 0x2E80) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func endsSentence(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune("。！？；：:.!?;」』）)", r)
}

var itemStart = regexp.MustCompile(`^\s*(?:[-•●○■◆▪・*]|\d{1,3}[.、)]|[(（][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十壹貳參肆伍陸柒捌玖拾]{1,3}、)`)

func startsItem(l string) bool { return itemStart.MatchString(l) }
