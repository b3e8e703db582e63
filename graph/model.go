// Package graph is the Neo4j side of policygraph: the domain types every other
// package speaks (Entity, Relation, Evidence, Document), the store that opens
// and reads the database, and the writer that loads extractions into it.
//
// Storage format in Neo4j (the writer and the readers both follow it):
//
//	(:Entity:<Type> {id, name, nameZh, abbr, aliases, kind, country, date,
//	                  endDate, place, role, docs: [documentId…]})
//	(:Document {id, title, path, language, size, loadedAt})
//	(entity)-[:MENTIONED_IN {starts: [int], ends: [int]}]->(document)
//	(a)-[:SIGNED|ISSUED|… {date, docs: [documentId…], starts: [int],
//	                      ends: [int], texts: [string]}]->(b)
//
// A fact relationship holds its evidence as parallel lists (one element per
// evidence span) because Neo4j properties cannot hold maps; element i of docs,
// starts, ends and texts together are one Evidence.
//
// Offsets (Start, End) everywhere in this package are [start,end) positions in
// Unicode code points (characters, as Python and JavaScript count them) of the
// document's decoded text, so researchers' scripts can slice the text directly.
package graph

import "time"

// EntityType is the type label an entity node carries beside Entity.
type EntityType string

// The seven entity types of the graph model (see ../shared/gold/SCHEMA.md).
const (
	Country      EntityType = "Country"
	Agency       EntityType = "Agency"
	Organization EntityType = "Organization"
	Meeting      EntityType = "Meeting"
	Statement    EntityType = "Statement"
	Technology   EntityType = "Technology"
	Person       EntityType = "Person"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []EntityType{Country, Agency, Organization, Meeting, Statement, Technology, Person}

// Valid reports whether t is one of the seven entity types.
func (t EntityType) Valid() bool {
	for _, v := range EntityTypes {
		if v == t {
			return true
		}
	}
	return false
}

// RelationType is a relationship type between two entities.
type RelationType string

// The relationship types of the graph model. MENTIONED_IN links entities to
// documents and is not a fact; the others are facts with evidence.
const (
	Signed       RelationType = "SIGNED"
	Issued       RelationType = "ISSUED"
	Attended     RelationType = "ATTENDED"
	Hosted       RelationType = "HOSTED"
	HeldIn       RelationType = "HELD_IN"
	Established  RelationType = "ESTABLISHED"
	PartOf       RelationType = "PART_OF"
	MemberOf     RelationType = "MEMBER_OF"
	Addresses    RelationType = "ADDRESSES"
	PartnersWith RelationType = "PARTNERS_WITH"
	HoldsRole    RelationType = "HOLDS_ROLE"
	Broader      RelationType = "BROADER"
	MentionedIn  RelationType = "MENTIONED_IN"
)

// FactTypes lists the relationship types that carry evidence, in a stable order.
var FactTypes = []RelationType{Signed, Issued, Attended, Hosted, HeldIn, Established, PartOf, MemberOf, Addresses, PartnersWith, HoldsRole, Broader}

// Valid reports whether t is a fact relationship type.
func (t RelationType) Valid() bool {
	for _, v := range FactTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Document is one source file.
type Document struct {
	ID       string    `json:"id"` // sha256 of the file's bytes, hex
	Title    string    `json:"title"`
	Path     string    `json:"path"`
	Language string    `json:"language,omitempty"` // BCP 47, e.g. zh-Hant
	Format   string    `json:"format,omitempty"`   // txt, md, html, pdf, docx
	Encoding string    `json:"encoding,omitempty"` // UTF-8, Big5, UTF-16LE…
	Size     int       `json:"size"`               // bytes of the original file
	LoadedAt time.Time `json:"loadedAt,omitzero"`
}

// Mention is where an entity is named in a document.
type Mention struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Entity is a node of one of the seven types. ID is stable across documents
// and loads: "country:JP" (ISO 3166-1 alpha-2), "agency:jp-meti",
// "statement:<slug>", …
type Entity struct {
	ID       string     `json:"id"`
	Type     EntityType `json:"type"`
	Name     string     `json:"name"`             // English name if known, else the Chinese one
	NameZh   string     `json:"nameZh,omitempty"` // Chinese name as the text writes it
	Abbr     string     `json:"abbr,omitempty"`
	Aliases  []string   `json:"aliases"`
	Kind     string     `json:"kind,omitempty"`    // ministry, institute, guidance, law, ministerial…
	Country  string     `json:"country,omitempty"` // Agency/Person: id of the country it belongs to
	Date     string     `json:"date,omitempty"`    // Meeting start / Statement issue date: YYYY, YYYY-MM or YYYY-MM-DD
	EndDate  string     `json:"endDate,omitempty"` // Meeting: last day
	Place    string     `json:"place,omitempty"`   // Meeting: city or place as written
	Role     string     `json:"role,omitempty"`    // Person: role as written
	Mentions []Mention  `json:"mentions"`
}

// Evidence is one span of a document that states a fact.
type Evidence struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"` // exactly the original text of [Start,End)
}

// Relation is a fact between two entities, with the spans that state it.
type Relation struct {
	Type     RelationType `json:"type"`
	From     string       `json:"from"`
	To       string       `json:"to"`
	Date     string       `json:"date,omitempty"`
	Evidence []Evidence   `json:"evidence"`
}

// Extraction is what the loader produces from a set of documents and what the
// writer stores: the JSON of `policygraph extract`.
type Extraction struct {
	Documents []Document `json:"documents"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}
