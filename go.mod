module github.com/policygraph/policygraph

go 1.26
