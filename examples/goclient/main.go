// Command goclient asks policygraph who attended a meeting and prints each
// attendee with the sentence that says so: a small example of calling the
// GraphQL API from Go with the standard library.
//
//	go run ./examples/goclient -url http://127.0.0.1:8080/graphql -meeting "TELWG 70"
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"time"
)

const query = `query Attendees($meeting: String!) {
  search(text: $meeting, types: [Meeting], first: 1) {
    node {
      ... on Meeting {
        id name date place
        attendees(first: 200) {
          node { __typename id name nameZh }
          evidence { text document { title } }
        }
      }
    }
  }
}`

type response struct {
	Data struct {
		Search []struct {
			Node struct {
				ID, Name, Date, Place string
				Attendees             []struct {
					Node struct {
						Typename string `json:"__typename"`
						ID, Name string
						NameZh   *string
					}
					Evidence []struct {
						Text     string
						Document struct{ Title string }
					}
				}
			}
		}
	}
	Errors []struct{ Message string }
}

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/graphql", "the GraphQL endpoint")
	meeting := flag.String("meeting", "TELWG 70", "words of the meeting's name")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := run(ctx, *url, *meeting); err != nil {
		fmt.Fprintln(os.Stderr, "goclient:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, url, meeting string) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"meeting": meeting}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("ask %s: %w (is policygraph serving? `make run`)", url, err)
	}
	defer res.Body.Close()
	var out response
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return fmt.Errorf("read the answer (HTTP %d): %w", res.StatusCode, err)
	}
	if len(out.Errors) > 0 {
		return fmt.Errorf("GraphQL error: %s", out.Errors[0].Message)
	}
	if len(out.Data.Search) == 0 {
		return fmt.Errorf("no meeting matches %q", meeting)
	}
	m := out.Data.Search[0].Node
	fmt.Printf("%s (%s) %s %s: %d attendees\n", m.Name, m.ID, m.Date, m.Place, len(m.Attendees))
	for _, a := range m.Attendees {
		zh := ""
		if a.Node.NameZh != nil {
			zh = *a.Node.NameZh
		}
		ev := ""
		if len(a.Evidence) > 0 {
			ev = a.Evidence[0].Text
			if r := []rune(ev); len(r) > 60 {
				ev = string(r[:60]) + "…"
			}
		}
		fmt.Printf("%s\t%s\t%s\t%s\t%s\n", a.Node.Typename, a.Node.ID, a.Node.Name, zh, ev)
	}
	return nil
}
