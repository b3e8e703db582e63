package gazetteer

import "testing"

func TestLoad(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, en string
	}{
		{"agency:jp-meti", "Ministry of Economy, Trade and Industry"}, // a comma inside a flow mapping
		{"country:TW", "Taiwan"},
		{"country:IR", "Iran"}, // from CLDR
	}
	for _, tt := range tests {
		e := g.ByID(tt.id)
		if e == nil || e.En != tt.en {
			t.Errorf("%s: got %+v, want en %q", tt.id, e, tt.en)
		}
	}
	if fr := g.ByID("country:FR"); fr == nil || len(fr.Cities) == 0 || fr.HasName("巴黎") {
		t.Errorf("country:FR: cities must be listed and not be names: %+v", fr)
	}
}
