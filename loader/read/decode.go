package read

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// maxBadRatio is the share of undecodable characters a Big5 file may have:
// real files contain a few private-use (造字) characters; random bytes many.
const maxBadRatio = 0.002

// decode detects the encoding of b and returns the text and its name:
// a BOM decides UTF-8/UTF-16; else valid UTF-8 is UTF-8; else Big5 if it
// decodes (almost) cleanly. Binary content fails with ErrBinary.
func decode(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return "", "", &Error{Reason: ErrUndecodable, Detail: "UTF-8 BOM but invalid UTF-8"}
		}
		return string(b), "UTF-8", nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16LE")
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16BE")
	}
	if isBinary(b) {
		return "", "", &Error{Reason: ErrBinary}
	}
	if utf8.Valid(b) {
		return string(b), "UTF-8", nil
	}
	return decodeWith(b, traditionalchinese.Big5, "Big5")
}

func decodeWith(b []byte, enc encoding.Encoding, name string) (string, string, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", &Error{Reason: ErrUndecodable, Detail: "as " + name, Err: err}
	}
	// The decoders replace what they cannot decode with U+FFFD.
	bad, n := 0, 0
	for _, r := range string(out) {
		n++
		if r == utf8.RuneError {
			bad++
		}
	}
	if bad > 0 && float64(bad) > maxBadRatio*float64(n)+1 {
		return "", "", &Error{Reason: ErrUndecodable, Detail: "neither UTF-8 nor Big5"}
	}
	s := string(out)
	if isBinary([]byte(s)) {
		return "", "", &Error{Reason: ErrBinary}
	}
	return s, name, nil
}

// isBinary: control bytes no text file has (NUL, and C0 controls other than
// tab, line feed, form feed, carriage return and escape) in the first 8 KB,
// the rule browsers use to tell text from binary.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 8<<10)]
	bad := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B {
			bad++
		}
	}
	return bad > len(head)/100
}
