package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/localneo4j"
)

func runEval(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "eval", "eval [flags] PATH…", `Runs the same extraction as extract and load over the files, then scores it against
the gold annotations with score.py (python3, PyYAML for the .yaml gold files) and
prints its table: entity and relation precision, recall and F1 per document and
overall, recall per type. Only documents that have a gold file are scored.
The gold folder defaults to ../shared/gold beside the repository; score.py is
looked for in the eval/ folder next to the gold folder.
`, `  policygraph eval corpus/
  policygraph eval --misses 20 corpus/001_fcbcb0b974d9d4de.txt
  policygraph eval --gold ~/gold --keep out.json reports/
`)
	gold := stringFlag(fs, "gold", "POLICYGRAPH_GOLD", "", "folder of gold annotations (default ../shared/gold beside the repository)")
	score := stringFlag(fs, "score", "POLICYGRAPH_SCORE", "", "path of score.py (default <gold>/../eval/score.py)")
	misses := fs.Int("misses", 0, "also print up to N missed and N spurious entities and relations per document")
	lenient := fs.Bool("lenient", false, "entity types need not agree (score.py --lenient)")
	keep := fs.String("keep", "", "also write the extraction JSON to this file (default: a temporary file, removed)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.stderr, "eval: give at least one file or folder")
		fs.Usage()
		return errUsage
	}
	sc, err := findScorer(ctx, *gold, *score)
	if err != nil {
		return err
	}

	extraction, failed, err := extractMerged(ctx, env, fs.Args())
	if err != nil {
		return err
	}
	system, cleanup, err := writeSystem(*keep, extraction)
	if err != nil {
		return err
	}
	defer cleanup()

	cmdArgs := []string{sc.script, "--gold", sc.gold, "--system", system}
	if *misses > 0 {
		cmdArgs = append(cmdArgs, "--misses", fmt.Sprint(*misses))
	}
	if *lenient {
		cmdArgs = append(cmdArgs, "--lenient")
	}
	cmd := exec.CommandContext(ctx, sc.python, cmdArgs...)
	cmd.Stdout, cmd.Stderr = env.stdout, env.stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("score.py failed (%s %v): %w", sc.python, cmdArgs, err)
	}
	if failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d files could not be read and were not scored", failed)}
	}
	return nil
}

// scorer is what eval runs: python3, score.py and the gold folder.
type scorer struct{ python, script, gold string }

// findScorer resolves the gold folder and score.py and checks that python3
// and, for .yaml gold files, PyYAML are there — before the extraction runs,
// so a missing piece is reported at once with the command that fixes it.
func findScorer(ctx context.Context, gold, script string) (scorer, error) {
	if gold == "" {
		wd, err := os.Getwd()
		if err != nil {
			return scorer{}, fmt.Errorf("eval: find the gold folder: %w", err)
		}
		root, err := localneo4j.FindRoot(wd)
		if err != nil {
			return scorer{}, fmt.Errorf("eval: no gold folder given and not inside the repository (%v): use --gold DIR or POLICYGRAPH_GOLD", err)
		}
		gold = filepath.Join(root, "..", "shared", "gold")
	}
	gold = filepath.Clean(gold)
	if st, err := os.Stat(gold); err != nil || !st.IsDir() {
		return scorer{}, fmt.Errorf("eval: gold folder %s not found: give it with --gold DIR or POLICYGRAPH_GOLD", gold)
	}
	if script == "" {
		script = filepath.Join(filepath.Dir(gold), "eval", "score.py")
	}
	if _, err := os.Stat(script); err != nil {
		return scorer{}, fmt.Errorf("eval: score.py not found at %s: give it with --score FILE or POLICYGRAPH_SCORE", script)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		return scorer{}, errors.New("eval: python3 not found on PATH: install it (apt-get install python3)")
	}
	yamls, _ := filepath.Glob(filepath.Join(gold, "*.yaml"))
	ymls, _ := filepath.Glob(filepath.Join(gold, "*.yml"))
	if len(yamls)+len(ymls) > 0 {
		if out, err := exec.CommandContext(ctx, python, "-c", "import yaml").CombinedOutput(); err != nil {
			return scorer{}, fmt.Errorf("eval: the gold files are YAML and python3 has no PyYAML (%s): install it with `apt-get install python3-yaml` (or pip install pyyaml)", lastLine(out, err))
		}
	}
	return scorer{python: python, script: script, gold: gold}, nil
}

// writeSystem writes the extraction where score.py reads it: keep if given,
// else a temporary file that cleanup removes.
func writeSystem(keep string, x graph.Extraction) (path string, cleanup func(), err error) {
	var f *os.File
	cleanup = func() {}
	if keep != "" {
		f, err = os.Create(keep)
	} else {
		f, err = os.CreateTemp("", "policygraph-eval-*.json")
		if err == nil {
			cleanup = func() { _ = os.Remove(f.Name()) }
		}
	}
	if err != nil {
		return "", nil, fmt.Errorf("eval: create the extraction file: %w", err)
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	err = enc.Encode(x)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		cleanup()
		return "", nil, fmt.Errorf("eval: write %s: %w", f.Name(), err)
	}
	return f.Name(), cleanup, nil
}

// lastLine is the gist of a failed command's output: Python prints the
// exception (ModuleNotFoundError: No module named 'yaml') last.
func lastLine(out []byte, err error) string {
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if l := lines[len(lines)-1]; l != "" {
		return l
	}
	return err.Error()
}
