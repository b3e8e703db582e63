package relate

import (
	_ "embed"
	"sort"
	"strings"
)

// places.txt maps the cities a meeting is held in to their country, so that
// 於臺北舉辦 places a meeting in Taiwan when the text names no country.
//
//go:embed places.txt
var placesData string

// placeIndex finds city names in text. It is built once, at package init,
// from the embedded data and never changes afterwards.
type placeIndex struct {
	names   []string          // longest first, so 臺拉維夫 wins over 臺
	country map[string]string // name -> country id
}

var places = parsePlaces(placesData)

func parsePlaces(data string) placeIndex {
	idx := placeIndex{country: map[string]string{}}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, rest, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		// Latin names may hold spaces (San Jose): a Latin word continues the
		// name before it when that name is Latin too.
		var names []string
		for _, w := range strings.Fields(rest) {
			if n := len(names); n > 0 && isLatin(w) && joinsPrev(names[n-1], w) {
				names[n-1] += " " + w
				continue
			}
			names = append(names, w)
		}
		for _, n := range names {
			idx.country[n] = "country:" + code
			idx.names = append(idx.names, n)
		}
	}
	sort.SliceStable(idx.names, func(i, j int) bool { return len(idx.names[i]) > len(idx.names[j]) })
	return idx
}

// multiWord lists the Latin names written with a space; the data file keeps
// one name a word otherwise.
var multiWord = map[string]bool{
	"San Francisco": true, "San Jose": true, "Los Angeles": true, "New York": true, "Las Vegas": true,
	"The Hague": true, "Kuala Lumpur": true, "New Delhi": true, "Tel Aviv": true, "Abu Dhabi": true,
	"Mexico City": true, "Rio de Janeiro": true, "Sao Paulo": true, "Cape Town": true,
}

func joinsPrev(prev, w string) bool {
	for n := range multiWord {
		if strings.HasPrefix(n, prev+" "+w) {
			return true
		}
	}
	return false
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > 0x24F {
			return false
		}
	}
	return s != ""
}

// at returns the country of the place named at text[p:], and the name's byte
// length, or "" and 0.
func (x placeIndex) at(text string, p int) (string, int) {
	rest := text[p:]
	for _, n := range x.names {
		if strings.HasPrefix(rest, n) {
			if isLatin(n) && p+len(n) < len(text) && isWordByte(text[p+len(n)]) {
				continue
			}
			return x.country[n], len(n)
		}
	}
	return "", 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
