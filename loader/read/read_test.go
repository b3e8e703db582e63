package read

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Sentences from the corpus (corpus/004_*, 001_*, 003_*), all encodable in Big5.
const (
	sentBig5  = "出國期間：114 年 3 月 2 日至 3 月 8 日\n三、會議地點\t韓國慶洲\n國家通訊傳播委員會\t謝志昌\t科長\n"
	sentUTF16 = "參加亞太經濟合作（APEC）電信暨資訊 工作小組第 70 次會議報告書\n我國於 112 年成為 FOC 觀察員。\n"
)

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func big5(t *testing.T, s string) []byte {
	t.Helper()
	b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode Big5: %v", err)
	}
	return b
}

func utf16(t *testing.T, s string, order unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFileEncodings(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file string
		data       []byte
		wantText   string
		wantEnc    string
	}{
		{"UTF-8", "a.txt", []byte(sentUTF16), sentUTF16, "UTF-8"},
		{"UTF-8 with BOM", "b.txt", append([]byte{0xEF, 0xBB, 0xBF}, sentUTF16...), sentUTF16, "UTF-8"},
		{"UTF-16 LE with BOM", "c.txt", utf16(t, sentUTF16, unicode.LittleEndian), sentUTF16, "UTF-16LE"},
		{"UTF-16 BE with BOM", "d.txt", utf16(t, sentUTF16, unicode.BigEndian), sentUTF16, "UTF-16BE"},
		{"Big5", "e.txt", big5(t, sentBig5), sentBig5, "Big5"},
		{"CRLF line ends", "f.md", []byte("報告日期：114 年 5 月 7 日\r\n出國報告\r\n"), "報告日期：114 年 5 月 7 日\n出國報告\n", "UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := write(t, dir, tc.file, tc.data)
			doc, err := File(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tc.wantText || doc.Encoding != tc.wantEnc {
				t.Errorf("got %s %q, want %s %q", doc.Encoding, doc.Text, tc.wantEnc, tc.wantText)
			}
			sum := sha256.Sum256(tc.data)
			if doc.ID != hex.EncodeToString(sum[:]) || doc.Size != len(tc.data) {
				t.Errorf("ID %s size %d: not the sha256/size of the original bytes", doc.ID, doc.Size)
			}
			if doc.Language != "zh-Hant" {
				t.Errorf("language %q", doc.Language)
			}
		})
	}
}

func TestFileErrors(t *testing.T) {
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	tests := []struct {
		name   string
		file   string
		data   []byte // nil: file not created
		reader Reader
		want   error
	}{
		{"empty file", "empty.txt", []byte{}, Reader{}, ErrEmpty},
		{"whitespace only", "blank.txt", []byte(" \n\t\n"), Reader{}, ErrNoText},
		{"binary file named .txt", "image.txt", png, Reader{}, ErrBinary},
		{"undecodable bytes", "bad.txt", bytes.Repeat([]byte("\xff\xfd\x80abc"), 50), Reader{}, ErrUndecodable},
		{"vanished file", "gone.txt", nil, Reader{}, ErrVanished},
		{"larger than the limit", "big.txt", bytes.Repeat([]byte("資"), 100), Reader{MaxBytes: 100}, ErrTooLarge},
		{"unsupported zip named .docx", "x.docx", zipOf(t, map[string]string{"a.txt": "x"}), Reader{}, ErrUnsupported},
		{"PDF that is not a PDF", "fake.pdf", []byte("hello"), Reader{}, ErrBinary},
		{"pdftotext missing", "a.pdf", minimalPDF("Hello"), Reader{PDFToText: filepath.Join(dir, "no-pdftotext")}, ErrToolMissing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.file)
			if tc.data != nil {
				p = write(t, dir, tc.file, tc.data)
			}
			_, err := tc.reader.File(context.Background(), p)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			var re *Error
			if !errors.As(err, &re) || re.Path != p {
				t.Fatalf("err %v is not a *read.Error naming %s", err, p)
			}
			if !strings.Contains(err.Error(), p) {
				t.Errorf("message %q does not name the file", err)
			}
		})
	}
}

// Lines from corpus/ and their genre: a headline stays whole, a paragraph
// is cut at an early sentence end or at a clause break within ~60 characters.
func TestShortTitle(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"日本公布設立AI安全研究所與著手訂定AI安全性評鑑標準", "日本公布設立AI安全研究所與著手訂定AI安全性評鑑標準"},
		{"歐美貿易與技術理事會(EU-U.S. Trade and Technology Council,TTC) 2024年4月4日至5日在比利時魯汶舉行第6屆部長會議,依據會後聯合聲明,雙方針對數位轉型所帶來的機遇與挑戰",
			"歐美貿易與技術理事會(EU-U.S. Trade and Technology Council,TTC)"},
		{"日本內閣府公布生成式AI初步意見彙整文件。日本內閣府於2023年5月26日召開第2次「AI戰略會議」(AI戦略会議),並公布「AI相關論點之初步整理」",
			"日本內閣府公布生成式AI初步意見彙整文件"},
		{"鑒於AI對於改善國人生活品質、提高生產力無疑有相當助益,考量生成式AI甫問世,社會大眾對其潛在風險尚心存疑慮,內閣府遂以生成式AI為核心",
			"鑒於AI對於改善國人生活品質、提高生產力無疑有相當助益,考量生成式AI甫問世,社會大眾對其潛在風險尚心存疑慮"},
	} {
		if got := shortTitle(tc.line); got != tc.want {
			t.Errorf("shortTitle(%q)\n = %q\nwant %q", tc.line, got, tc.want)
		}
		if n := utf8.RuneCountInString(shortTitle(tc.line)); n > maxTitle+1 {
			t.Errorf("title of %d characters", n)
		}
	}
}

func TestCorpusFiles(t *testing.T) {
	tests := []struct {
		prefix, title string
	}{
		// A news text opening with a long paragraph: its first clause, capped.
		{"000_", "歐美貿易與技術理事會(EU-U.S. Trade and Technology Council,TTC)"},
		{"001_", "出席自由線上聯盟（Freedom Online Coalition, FOC）2024 年部長會議暨 相關會議"},
		{"003_", "日本公布設立AI安全研究所與著手訂定AI安全性評鑑標準"},
		{"004_", "參加亞太經濟合作（APEC）電信暨資訊 工作小組第 70 次會議報告書"},
	}
	for _, tc := range tests {
		t.Run(tc.prefix, func(t *testing.T) {
			files, _ := filepath.Glob("../../corpus/" + tc.prefix + "*")
			if len(files) != 1 {
				t.Fatalf("corpus file %s* not found", tc.prefix)
			}
			doc, err := File(context.Background(), files[0])
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := os.ReadFile(files[0])
			if doc.Text != string(raw) {
				t.Errorf("a UTF-8 text file must come back unchanged")
			}
			if doc.Title != tc.title || doc.Language != "zh-Hant" || doc.Format != "txt" {
				t.Errorf("title %q lang %q format %q, want title %q", doc.Title, doc.Language, doc.Format, tc.title)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>出國報告</title>
<style>p{color:red}</style><script>var x = "不可見";</script></head>
<body><h1>出席 APEC TELWG 第 70 次會議簡要報告</h1>
<p>共有澳洲、汶萊、加拿大
   等 15 個經濟體代表出席。</p>
<table><tr><th>一、會議名稱</th><td>APEC 電信暨資訊工作小組第 70 次會議 (APEC TELWG 70 Meeting)</td></tr>
<tr><td>三、會議地點</td><td><p>韓國</p><p>慶洲</p></td></tr></table>
<ul><li>訪團拜會微軟總部</li><li>工作會議<br>晚會</li></ul></body></html>`
	want := "# 出席 APEC TELWG 第 70 次會議簡要報告\n共有澳洲、汶萊、加拿大 等 15 個經濟體代表出席。\n" +
		"一、會議名稱\tAPEC 電信暨資訊工作小組第 70 次會議 (APEC TELWG 70 Meeting)\n三、會議地點\t韓國 慶洲\n" +
		"- 訪團拜會微軟總部\n- 工作會議\n晚會\n"
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"UTF-8", []byte(page)},
		{"Big5", big5(t, strings.Replace(page, "utf-8", "big5", 1))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := File(context.Background(), write(t, dir, tc.name+".html", tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != want {
				t.Errorf("text\n%q\nwant\n%q", doc.Text, want)
			}
			if doc.Title != "出國報告" || doc.Format != "html" {
				t.Errorf("title %q format %q", doc.Title, doc.Format)
			}
		})
	}
}

func TestDOCX(t *testing.T) {
	body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>出國報告</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">日本於 2025 年 9 月 3 日</w:t></w:r><w:r><w:t>簽署了該份指引。</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>服務機關</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>數位發展部</w:t></w:r></w:p><w:p><w:r><w:t>資通安全署</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>黃哲上</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>報告日期</w:t></w:r><w:r><w:tab/><w:t>114 年 5 月 7 日</w:t></w:r></w:p>
</w:body></w:document>`
	p := write(t, t.TempDir(), "r.docx", zipOf(t, map[string]string{"word/document.xml": body, "[Content_Types].xml": "<Types/>"}))
	doc, err := File(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	want := "# 出國報告\n日本於 2025 年 9 月 3 日簽署了該份指引。\n服務機關\t姓名\n數位發展部 資通安全署\t黃哲上\n報告日期\t114 年 5 月 7 日\n"
	if doc.Text != want {
		t.Errorf("text\n%q\nwant\n%q", doc.Text, want)
	}
	if doc.Title != "出國報告" || doc.Format != "docx" {
		t.Errorf("title %q format %q", doc.Title, doc.Format)
	}
}

func TestPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext missing: apt-get install poppler-utils")
		}
		t.Skip("pdftotext missing: apt-get install poppler-utils")
	}
	dir := t.TempDir()
	doc, err := File(context.Background(), write(t, dir, "a.pdf", minimalPDF("Trade and Technology Council")))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(doc.Text) != "Trade and Technology Council" || doc.Format != "pdf" || doc.Language != "en" {
		t.Errorf("text %q format %q language %q", doc.Text, doc.Format, doc.Language)
	}
	_, err = File(context.Background(), write(t, dir, "scan.pdf", minimalPDF("")))
	if !errors.Is(err, ErrNoText) {
		t.Errorf("PDF without text: err = %v, want ErrNoText", err)
	}
}

func TestLayoutText(t *testing.T) {
	in := "    出國報告\n" +
		"服務機關       姓名       職稱\n" +
		"數位發展部     黃彥男     部長\n" +
		"本次出訪主要是應自由線上聯盟邀請出席部長會議，我國於 112 年成為觀察員，致力於推動\n" +
		"多方利害關係人的網路治理模式。\n" +
		"短行\n" +
		"\f第二頁開始的句子。\n"
	want := "出國報告\n服務機關\t姓名\t職稱\n數位發展部\t黃彥男\t部長\n" +
		"本次出訪主要是應自由線上聯盟邀請出席部長會議，我國於 112 年成為觀察員，致力於推動多方利害關係人的網路治理模式。\n" +
		"短行\n\n第二頁開始的句子。\n"
	if got := layoutText(in); got != want {
		t.Errorf("layoutText\n%q\nwant\n%q", got, want)
	}
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/2.md", "b/1.txt", "a.html", ".hidden.txt", ".git/x.txt", "notes.json", "c/d/e.pdf", "c/f.docx"} {
		write(t, dir, f, []byte("x"))
	}
	single := write(t, t.TempDir(), "data.csv", []byte("x"))
	files, errs := Walk([]string{dir, single, filepath.Join(dir, "a.html"), filepath.Join(dir, "missing")})
	var got []string
	for _, f := range files {
		if rel, err := filepath.Rel(dir, f); err == nil && !strings.HasPrefix(rel, "..") {
			got = append(got, filepath.ToSlash(rel))
		} else {
			got = append(got, filepath.Base(f))
		}
	}
	want := "a.html b/1.txt b/2.md c/d/e.pdf c/f.docx data.csv"
	if strings.Join(got, " ") != want {
		t.Errorf("Walk = %v, want %s", got, want)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrVanished) {
		t.Errorf("errs = %v, want one ErrVanished", errs)
	}
}

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// minimalPDF is a one-page PDF showing text in Helvetica (no text: an empty
// page, like a scan without OCR).
func minimalPDF(text string) []byte {
	content := ""
	if text != "" {
		content = fmt.Sprintf("BT /F1 12 Tf 72 720 Td (%s) Tj ET", text)
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}
