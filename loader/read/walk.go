package read

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Walk expands files and folders into the files to read: folders
// recursively, only files of a supported format, hidden files and folders
// (".name") skipped, each folder in lexical order, every file once. A path
// given explicitly is kept whatever its extension (File will say if it
// cannot be read). Paths that do not exist are errors; the rest still walk.
func Walk(paths []string) (files []string, errs []error) {
	seen := map[string]bool{}
	add := func(p string) {
		key := filepath.Clean(p)
		if abs, err := filepath.Abs(p); err == nil {
			key = abs
		}
		if !seen[key] {
			seen[key] = true
			files = append(files, p)
		}
	}
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				err = &Error{Path: root, Reason: ErrVanished}
			}
			errs = append(errs, err)
			continue
		}
		if !st.IsDir() {
			add(root)
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && Supported(p) && d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 && Supported(p) {
				add(p)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	return files, errs
}
