package graph

// Types the GraphQL layer binds to (gqlgen autobind, see gqlgen.yml). They are
// thin views of the domain types above, not copies: one Go type per entity
// type exists only because GraphQL's Entity interface needs the concrete type
// of a value to be known from its Go type.

// Node is an entity seen through the API's Entity interface. Values are the
// seven XxxEntity types below; ToNode makes one from an Entity.
type Node interface {
	// Base returns the domain entity the node wraps.
	Base() *Entity
}

// Body is a Country, Agency or Organization node.
type Body interface {
	Node
	isBody()
}

// The concrete node types, one per EntityType.
type (
	CountryEntity      struct{ Entity }
	AgencyEntity       struct{ Entity }
	OrganizationEntity struct{ Entity }
	MeetingEntity      struct{ Entity }
	StatementEntity    struct{ Entity }
	TechnologyEntity   struct{ Entity }
	PersonEntity       struct{ Entity }
)

func (n CountryEntity) Base() *Entity      { return &n.Entity }
func (n AgencyEntity) Base() *Entity       { return &n.Entity }
func (n OrganizationEntity) Base() *Entity { return &n.Entity }
func (n MeetingEntity) Base() *Entity      { return &n.Entity }
func (n StatementEntity) Base() *Entity    { return &n.Entity }
func (n TechnologyEntity) Base() *Entity   { return &n.Entity }
func (n PersonEntity) Base() *Entity       { return &n.Entity }

func (CountryEntity) isBody()      {}
func (AgencyEntity) isBody()       {}
func (OrganizationEntity) isBody() {}

// ToNode wraps e in the node type of its Type; nil for nil or an unknown type.
func ToNode(e *Entity) Node {
	if e == nil {
		return nil
	}
	switch e.Type {
	case Country:
		return &CountryEntity{*e}
	case Agency:
		return &AgencyEntity{*e}
	case Organization:
		return &OrganizationEntity{*e}
	case Meeting:
		return &MeetingEntity{*e}
	case Statement:
		return &StatementEntity{*e}
	case Technology:
		return &TechnologyEntity{*e}
	case Person:
		return &PersonEntity{*e}
	}
	return nil
}

// ToBody is ToNode for bodies; nil when e is not a Country, Agency or Organization.
func ToBody(e *Entity) Body {
	b, _ := ToNode(e).(Body)
	return b
}

// Optional string fields as GraphQL sees them: absent is null, not "".

func (e Entity) NameZhOrNull() *string  { return orNull(e.NameZh) }
func (e Entity) AbbrOrNull() *string    { return orNull(e.Abbr) }
func (e Entity) KindOrNull() *string    { return orNull(e.Kind) }
func (e Entity) DateOrNull() *string    { return orNull(e.Date) }
func (e Entity) EndDateOrNull() *string { return orNull(e.EndDate) }
func (e Entity) PlaceOrNull() *string   { return orNull(e.Place) }
func (e Entity) RoleOrNull() *string    { return orNull(e.Role) }
func (e Entity) AliasesOrEmpty() []string {
	if e.Aliases == nil {
		return []string{}
	}
	return e.Aliases
}

func (d Document) LanguageOrNull() *string { return orNull(d.Language) }
func (d Document) FormatOrNull() *string   { return orNull(d.Format) }

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Direction says which way a fact is read from the entity asked about.
type Direction string

const (
	Out  Direction = "OUT"  // (asked)-[r]->(other)
	In   Direction = "IN"   // (other)-[r]->(asked)
	Both Direction = "BOTH" // either
)

// Edge is one fact seen from one of its ends: the entity at the other end,
// which way the fact points, its date and its evidence.
type Edge struct {
	Type      RelationType
	Direction Direction
	Node      Node
	Date      *string
	Evidence  []Evidence
	// EvidenceCount is how many spans state the fact in all (Evidence may
	// hold only the first of them; see EvidencePage).
	EvidenceCount int
	// Documents are the documents the evidence cites, when the read fetched
	// them along (EdgesOf does), so the API need not look them up again.
	Documents []Document
}

// FirstEvidence is the first `first` spans of the fact (all read when nil),
// each with its document. The read already stopped at the largest `first`
// the query asks for; this trims for a field that asks for fewer.
func (e Edge) FirstEvidence(first *int) []EvidenceSpan {
	return spansOf(e.Evidence, first, e.Documents)
}

// EvidenceSpan is an Evidence as the API shows it: with its document at
// hand, so a client's evidence { document { title } } is marshalled from
// the value, with neither a lookup nor a goroutine per span (a field gqlgen
// resolves through a resolver runs concurrently).
type EvidenceSpan struct {
	Evidence
	// Doc is the document the span is in; only its id is known when the
	// fact outlived the document's node (a load in progress).
	Doc *Document
}

// spansOf is the first `first` of evs with their documents from docs.
func spansOf(evs []Evidence, first *int, docs []Document) []EvidenceSpan {
	if first != nil && *first < len(evs) {
		evs = evs[:max(*first, 0)]
	}
	out := make([]EvidenceSpan, len(evs))
	for i, ev := range evs {
		out[i].Evidence = ev
		for j := range docs {
			if docs[j].ID == ev.Document {
				out[i].Doc = &docs[j]
				break
			}
		}
		if out[i].Doc == nil {
			out[i].Doc = &Document{ID: ev.Document}
		}
	}
	return out
}

// Typed views of the other end, for the API's XxxEdge types. Each is nil when
// the other end is not of that type (the reads filter by type, so it is not).

func (e Edge) BodyNode() Body { b, _ := e.Node.(Body); return b }
func (e Edge) CountryNode() *CountryEntity {
	n, _ := e.Node.(*CountryEntity)
	return n
}
func (e Edge) AgencyNode() *AgencyEntity { n, _ := e.Node.(*AgencyEntity); return n }
func (e Edge) OrganizationNode() *OrganizationEntity {
	n, _ := e.Node.(*OrganizationEntity)
	return n
}
func (e Edge) MeetingNode() *MeetingEntity     { n, _ := e.Node.(*MeetingEntity); return n }
func (e Edge) StatementNode() *StatementEntity { n, _ := e.Node.(*StatementEntity); return n }
func (e Edge) TechnologyNode() *TechnologyEntity {
	n, _ := e.Node.(*TechnologyEntity)
	return n
}
func (e Edge) PersonNode() *PersonEntity { n, _ := e.Node.(*PersonEntity); return n }
