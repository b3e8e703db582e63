package resolvers_test

import (
	"slices"
	"testing"
)

func TestSignatoriesOfSBOMGuidance(t *testing.T) {
	srv, _ := newServer(t)
	var got struct {
		Signatories []struct {
			ID          string
			Kind        string
			Date        string
			Signatories []struct {
				Node struct {
					ID       string
					Typename string `json:"__typename"`
				}
				Date     string
				Evidence []struct {
					Text     string
					Start    int
					End      int
					Document struct{ ID, Title string }
				}
			}
		}
	}
	// "SBOM" is the abbreviation; the statement ADDRESSES technology:sbom.
	data(t, srv.URL, `{ signatories(technology: "SBOM") { id kind date signatories { node { id __typename } date evidence { text start end document { id title } } } } }`, nil, &got)
	if len(got.Signatories) != 1 || got.Signatories[0].ID != "statement:sbom-shared-vision" {
		t.Fatalf("signatories(SBOM) = %+v, want the SBOM shared vision", got.Signatories)
	}
	st := got.Signatories[0]
	var countries []string
	for _, s := range st.Signatories {
		if s.Node.Typename == "Country" {
			countries = append(countries, s.Node.ID)
		}
		if len(s.Evidence) == 0 || s.Evidence[0].Document.Title != "國際資安與AI政策動態" || s.Date != "2025-09-03" {
			t.Errorf("signatory %s: evidence %+v date %q, want the signing sentence in the document, 2025-09-03", s.Node.ID, s.Evidence, s.Date)
		}
		ev := s.Evidence[0]
		if r := []rune(fixtureText); string(r[ev.Start:ev.End]) != ev.Text {
			t.Errorf("evidence [%d,%d) is %q in the text, API says %q", ev.Start, ev.End, string(r[ev.Start:ev.End]), ev.Text)
		}
	}
	var want []string
	for _, c := range signers {
		want = append(want, "country:"+c.code)
	}
	if !slices.Equal(countries, want) {
		t.Errorf("country signatories = %v, want in text order %v", countries, want)
	}
	if len(st.Signatories) != 17 {
		t.Errorf("got %d signatories, want 15 countries + 2 Japanese agencies", len(st.Signatories))
	}

	// The broader field includes the narrower: cybersecurity ⊃ SBOM.
	data(t, srv.URL, `{ signatories(technology: "Cybersecurity") { id } }`, nil, &got)
	if len(got.Signatories) != 1 {
		t.Errorf("signatories(Cybersecurity) = %+v, want the SBOM guidance through BROADER", got.Signatories)
	}
	data(t, srv.URL, `{ signatories(technology: "quantum") { id } }`, nil, &got)
	if len(got.Signatories) != 0 {
		t.Errorf("signatories(quantum) = %+v, want none", got.Signatories)
	}
}
