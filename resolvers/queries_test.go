package resolvers_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestQueries checks each entry point's answer on the fixture, as JSON.
func TestQueries(t *testing.T) {
	srv, _ := newServer(t)
	for _, tc := range []struct {
		name, query string
		want        string // exact JSON of data, or substrings when prefixed with "~"
	}{
		{"search by abbreviation ranks the exact match first",
			`{ search(text: "sbom", first: 2) { node { id } matched } }`,
			`{"search":[{"node":{"id":"technology:sbom"},"matched":"SBOM"},{"node":{"id":"statement:sbom-shared-vision"},"matched":"SBOM網路安全之共同願景"}]}`},
		{"search a Chinese substring with 臺/台 folded and a type filter",
			`{ search(text: "經濟產業", types: [Agency]) { node { id type } } }`,
			`{"search":[{"node":{"id":"agency:jp-meti","type":"Agency"}}]}`},
		{"search English words in any case",
			`{ search(text: "trade COUNCIL") { node { id } } }`,
			`{"search":[{"node":{"id":"organization:ttc"}}]}`},
		{"entity with null optional fields",
			`{ entity(id: "country:BE") { id name nameZh abbr kind aliases type __typename } }`,
			`{"entity":{"id":"country:BE","name":"Belgium","nameZh":"比利時","abbr":null,"kind":null,"aliases":[],"type":"Country","__typename":"Country"}}`},
		{"entities keeps order and nulls",
			`{ entities(ids: ["technology:sbom", "nope", "country:BE"]) { id } }`,
			`{"entities":[{"id":"technology:sbom"},null,{"id":"country:BE"}]}`},
		{"agency country from a PART_OF fact, with evidence",
			`{ entity(id: "agency:jp-meti") { ... on Agency { country { node { id } evidence { text } } } } }`,
			`{"entity":{"country":{"node":{"id":"country:JP"},"evidence":[{"text":"經濟產業省共同代表日本"}]}}}`},
		{"agencies of a country",
			`{ agencies(country: "country:JP") { totalCount nodes { id } } }`,
			`{"agencies":{"totalCount":1,"nodes":[{"id":"agency:jp-meti"}]}}`},
		{"country agencies edge",
			`{ entity(id: "country:JP") { ... on Country { agencies { node { id } } signed { node { id } date } } } }`,
			`{"entity":{"agencies":[{"node":{"id":"agency:jp-meti"}}],"signed":[{"node":{"id":"statement:sbom-shared-vision"},"date":"2025-09-03"}]}}`},
		{"cursor pagination",
			`{ countries(first: 2, after: "Y291bnRyeTpCRQ") { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
			`{"countries":{"totalCount":16,"nodes":[{"id":"country:CA"},{"id":"country:CZ"}],"pageInfo":{"hasNextPage":true,"endCursor":"Y291bnRyeTpDWg"}}}`},
		{"meetings by date range, place and attendee",
			`{ a: meetings(from: "2024-04", to: "2024") { nodes { id } } b: meetings(from: "2024-05") { totalCount } c: meetings(place: "魯汶", attendee: "country:US") { nodes { id } } }`,
			`{"a":{"nodes":[{"id":"meeting:ttc-6"}]},"b":{"totalCount":0},"c":{"nodes":[{"id":"meeting:ttc-6"}]}}`},
		{"statements signed by a body about a broad technology",
			`{ statements(signedBy: "agency:jp-nco", technology: "cybersecurity") { nodes { id technologies { node { id broader { node { id } } } } } } }`,
			`{"statements":{"nodes":[{"id":"statement:sbom-shared-vision","technologies":[{"node":{"id":"technology:sbom","broader":[{"node":{"id":"technology:cybersecurity"}}]}}]}]}}`},
		{"meeting edges",
			`{ entity(id: "meeting:ttc-6") { ... on Meeting { hosts { node { id } } attendees { node { id } } } } }`,
			`{"entity":{"hosts":[{"node":{"id":"organization:ttc"}}],"attendees":[{"node":{"id":"country:US"}}]}}`},
		{"relations filtered by type and direction",
			`{ entity(id: "country:US") { relations(types: [ATTENDED], direction: OUT) { type direction node { id } } } }`,
			`{"entity":{"relations":[{"type":"ATTENDED","direction":"OUT","node":{"id":"meeting:ttc-6"}}]}}`},
		{"path with each hop's evidence",
			`{ path(from: "country:JP", to: "technology:sbom") { length nodes { id } hops { type from { id } to { id } evidence { text } } } }`,
			`{"path":[{"length":2,"nodes":[{"id":"country:JP"},{"id":"statement:sbom-shared-vision"},{"id":"technology:sbom"}],"hops":[{"type":"SIGNED","from":{"id":"country:JP"},"to":{"id":"statement:sbom-shared-vision"},"evidence":[{"text":"偕同經濟產業省共同代表日本簽署了該份指引,包含日本在內,尚有美國、德國、法國、義大利、荷蘭、加拿大、澳洲、紐西蘭、印度、新加坡、韓國、波蘭、捷克、斯洛伐克等共計15個國家的網路安全部門,皆同步完成簽署"}]},{"type":"ADDRESSES","from":{"id":"statement:sbom-shared-vision"},"to":{"id":"technology:sbom"},"evidence":[{"text":"` + sbomSentence + `"}]}]}]}`},
		{"no path within maxHops",
			`{ path(from: "country:BE", to: "technology:sbom", maxHops: 2) { length } }`,
			`{"path":[]}`},
		{"neighborhood for drawing",
			`{ neighborhood(id: "meeting:ttc-6", depth: 1) { nodes { id } edges { id from to type } truncated } }`,
			`{"neighborhood":{"nodes":[{"id":"meeting:ttc-6"},{"id":"country:BE"},{"id":"country:US"},{"id":"organization:ttc"}],"edges":[{"id":"country:US|ATTENDED|meeting:ttc-6","from":"country:US","to":"meeting:ttc-6","type":"ATTENDED"},{"id":"meeting:ttc-6|HELD_IN|country:BE","from":"meeting:ttc-6","to":"country:BE","type":"HELD_IN"},{"id":"organization:ttc|HOSTED|meeting:ttc-6","from":"organization:ttc","to":"meeting:ttc-6","type":"HOSTED"}],"truncated":false}}`},
		{"neighborhood limit truncates",
			`{ neighborhood(id: "statement:sbom-shared-vision", depth: 2, limit: 5) { truncated } }`,
			`{"neighborhood":{"truncated":true}}`},
		{"neighborhood of an unknown id is null",
			`{ neighborhood(id: "country:XX") { truncated } }`,
			`{"neighborhood":null}`},
		{"deep introspection passes the depth limit (GraphiQL's schema query is 13 deep)",
			`{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } }`,
			`~{"name":"Agency","fields":[{"name":"id","type":{"name":null,"ofType":{"name":"ID","ofType":null}}}`},
		{"stats",
			`{ stats { entities relations documents entitiesByType { type count } } }`,
			`~"entities":23,"relations":23,"documents":1,"entitiesByType":[{"type":"Country","count":16},{"type":"Agency","count":2}`},
		{"documents and mentions",
			`{ documents { title language format } entity(id: "country:BE") { mentions { document { title } start end } } }`,
			`{"documents":[{"title":"國際資安與AI政策動態","language":"zh-Hant","format":"txt"}],"entity":{"mentions":[{"document":{"title":"國際資安與AI政策動態"},"start":66,"end":69}]}}`},
		{"documentPage pages with a cursor",
			`{ documentPage(first: 1) { totalCount nodes { title } pageInfo { hasNextPage } } }`,
			`{"documentPage":{"totalCount":1,"nodes":[{"title":"國際資安與AI政策動態"}],"pageInfo":{"hasNextPage":false}}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got json.RawMessage
			data(t, srv.URL, tc.query, nil, &got)
			if want, ok := strings.CutPrefix(tc.want, "~"); ok {
				if !strings.Contains(string(got), want) {
					t.Errorf("got  %s\nwant it to contain %s", got, want)
				}
			} else if string(got) != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}
