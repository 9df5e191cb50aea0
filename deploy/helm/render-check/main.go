// A minimal Helm-like renderer for checking the chart where no helm binary is at hand: Go's text/template with
// Sprig and Helm's own include/required/fail/toYaml/fromYaml/fromJson and .Files.Get; values merged like Helm's
// (a null deletes a key). Every rendered document must parse as YAML. Not a substitute for `helm lint` and
// `helm template`, which an operator runs where helm exists.
//
// On Debian: apt-get install golang-go golang-github-masterminds-sprig-dev golang-gopkg-yaml.v3-dev, then
//   GO111MODULE=off GOPATH=/usr/share/gocode go build -o /tmp/render deploy/helm/render-check/main.go
//   (cd deploy/helm/kentra && /tmp/render . values-national.yaml > /dev/null)
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
	"gopkg.in/yaml.v3"
)

func merge(dst, src map[string]interface{}) map[string]interface{} {
	for k, v := range src {
		if v == nil {
			delete(dst, k)
			continue
		}
		if sm, ok := v.(map[string]interface{}); ok {
			if dm, ok := dst[k].(map[string]interface{}); ok {
				dst[k] = merge(dm, sm)
				continue
			}
		}
		dst[k] = v
	}
	return dst
}

func load(path string) map[string]interface{} {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	m := map[string]interface{}{}
	if err := yaml.Unmarshal(b, &m); err != nil {
		panic(err)
	}
	return m
}

type files struct{ dir string }

func (f files) Get(name string) string {
	b, err := os.ReadFile(filepath.Join(f.dir, name))
	if err != nil {
		return ""
	}
	return string(b)
}

func main() {
	chart := os.Args[1]
	values := load(filepath.Join(chart, "values.yaml"))
	for _, o := range os.Args[2:] {
		values = merge(values, load(o))
	}
	ch := load(filepath.Join(chart, "Chart.yaml"))
	data := map[string]interface{}{
		"Values":  values,
		"Release": map[string]interface{}{"Name": "kentra", "Namespace": "kentra", "Service": "Helm"},
		"Chart":   map[string]interface{}{"Name": ch["name"], "Version": ch["version"], "AppVersion": ch["appVersion"]},
		"Files":   files{chart},
	}
	t := template.New("chart").Option("missingkey=zero")
	funcs := sprig.TxtFuncMap()
	funcs["include"] = func(name string, d interface{}) (string, error) {
		var buf bytes.Buffer
		err := t.ExecuteTemplate(&buf, name, d)
		return buf.String(), err
	}
	funcs["required"] = func(msg string, v interface{}) (interface{}, error) {
		if v == nil || v == "" {
			return nil, fmt.Errorf("required: %s", msg)
		}
		return v, nil
	}
	funcs["fail"] = func(msg string) (string, error) { return "", fmt.Errorf("fail: %s", msg) }
	funcs["toYaml"] = func(v interface{}) string {
		b, _ := yaml.Marshal(v)
		return strings.TrimSuffix(string(b), "\n")
	}
	funcs["fromYaml"] = func(s string) map[string]interface{} {
		m := map[string]interface{}{}
		yaml.Unmarshal([]byte(s), &m)
		return m
	}
	funcs["fromJson"] = func(s string) map[string]interface{} {
		m := map[string]interface{}{}
		json.Unmarshal([]byte(s), &m)
		return m
	}
	t.Funcs(funcs)
	paths, _ := filepath.Glob(filepath.Join(chart, "templates", "*"))
	sort.Strings(paths)
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		template.Must(t.New(filepath.Base(p)).Parse(string(b)))
	}
	failed := false
	for _, p := range paths {
		name := filepath.Base(p)
		if strings.HasPrefix(name, "_") {
			continue
		}
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, name, data); err != nil {
			fmt.Fprintf(os.Stderr, "ERROR %s: %v\n", name, err)
			failed = true
			continue
		}
		out := buf.String()
		fmt.Printf("# Source: %s\n%s\n", name, out)
		if strings.HasSuffix(name, ".txt") {
			continue
		}
		for i, doc := range strings.Split(out, "\n---") {
			var v interface{}
			if err := yaml.Unmarshal([]byte(doc), &v); err != nil {
				fmt.Fprintf(os.Stderr, "YAML %s doc %d: %v\n", name, i, err)
				failed = true
			}
		}
	}
	if failed {
		os.Exit(1)
	}
}
