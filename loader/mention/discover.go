package mention

import "github.com/policygraph/policygraph/loader/normalize"

// discover finds names the gazetteer lacks from the shapes of the text.
func discover(text string, ft normalize.Text, f *Finder) []Mention {
	return nil
}
