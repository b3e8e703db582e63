package read

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// docxText reads the body of a .docx: paragraphs become lines, table rows
// become tab-separated lines, paragraphs styled as headings or title get a
// Markdown "#" (so segment knows them). max bounds the uncompressed XML
// against zip bombs.
func docxText(b []byte, max int64) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", &Error{Reason: ErrBinary, Detail: "not a .docx (zip) file", Err: err}
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
			break
		}
	}
	if doc == nil {
		return "", &Error{Reason: ErrUnsupported, Detail: "zip without word/document.xml"}
	}
	limit := 5 * max
	if doc.UncompressedSize64 > uint64(limit) {
		return "", &Error{Reason: ErrTooLarge, Detail: "document.xml expands beyond the limit"}
	}
	rc, err := doc.Open()
	if err != nil {
		return "", &Error{Reason: ErrUndecodable, Detail: "document.xml", Err: err}
	}
	defer rc.Close()
	text, err := docxBody(io.LimitReader(rc, limit))
	if err != nil {
		return "", &Error{Reason: ErrUndecodable, Detail: "document.xml", Err: err}
	}
	return text, nil
}

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// docxBody walks the WordprocessingML tokens.
func docxBody(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	var (
		out     strings.Builder
		para    strings.Builder // the paragraph being read
		heading bool            // its style is a heading
		inText  bool            // inside <w:t>
		tables  int             // table nesting depth
		row     []string        // cells of the outermost row being read
		cell    []string        // paragraphs of the current outermost cell
	)
	endPara := func() {
		p := para.String()
		para.Reset()
		if tables > 0 {
			if strings.TrimSpace(p) != "" {
				cell = append(cell, strings.TrimSpace(p))
			}
			return
		}
		if heading && strings.TrimSpace(p) != "" {
			p = "# " + strings.TrimSpace(p)
		}
		out.WriteString(p)
		out.WriteByte('\n')
		heading = false
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("parse XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != wordNS {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				if tables > 0 {
					para.WriteByte(' ')
				} else {
					para.WriteByte('\t')
				}
			case "br", "cr":
				if tables > 0 {
					para.WriteByte(' ')
				} else {
					para.WriteByte('\n')
				}
			case "pStyle":
				for _, a := range t.Attr {
					v := strings.ToLower(a.Value)
					if a.Name.Local == "val" && (strings.HasPrefix(v, "heading") || v == "title") {
						heading = true
					}
				}
			case "tbl":
				tables++
			case "tr":
				if tables == 1 {
					row = row[:0]
				}
			case "tc":
				if tables == 1 {
					cell = cell[:0]
				}
			}
		case xml.EndElement:
			if t.Name.Space != wordNS {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				endPara()
			case "tc":
				if tables == 1 {
					row = append(row, strings.Join(cell, " "))
				}
			case "tr":
				if tables == 1 && strings.TrimSpace(strings.Join(row, "")) != "" {
					out.WriteString(strings.Join(row, "\t"))
					out.WriteByte('\n')
				}
			case "tbl":
				tables--
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
	}
	return out.String(), nil
}
