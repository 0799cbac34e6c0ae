package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
)

type Doc struct {
	Name  string
	Text  string
	terms map[string]int
	total int
}

var stop = map[string]bool{"the": true, "a": true, "of": true, "and": true, "is": true, "in": true, "to": true, "for": true, "with": true}

func tokenize(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !stop[w] && len(w) > 1 {
			out = append(out, strings.TrimSuffix(w, "s"))
		}
	}
	return out
}

type Index struct {
	docs []*Doc
	df   map[string]int
}

func NewIndex(docs []*Doc) *Index {
	idx := &Index{docs: docs, df: map[string]int{}}
	for _, d := range docs {
		d.terms = map[string]int{}
		for _, t := range tokenize(d.Text) {
			d.terms[t]++
			d.total++
		}
		for t := range d.terms {
			idx.df[t]++
		}
	}
	return idx
}

func (idx *Index) idf(t string) float64 {
	return math.Log(float64(len(idx.docs)+1)/float64(idx.df[t]+1)) + 1
}

func (idx *Index) vector(terms map[string]int, total int) map[string]float64 {
	v := map[string]float64{}
	for t, n := range terms {
		v[t] = float64(n) / float64(total) * idx.idf(t)
	}
	return v
}

func cosine(a, b map[string]float64) float64 {
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys) // fixed summation order keeps the float result reproducible
	var dot, na, nb float64
	for _, k := range keys {
		na += a[k] * a[k]
		dot += a[k] * b[k]
	}
	bkeys := make([]string, 0, len(b))
	for k := range b {
		bkeys = append(bkeys, k)
	}
	sort.Strings(bkeys)
	for _, k := range bkeys {
		nb += b[k] * b[k]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / (math.Sqrt(na) * math.Sqrt(nb))
}

func (idx *Index) Search(q string) []string {
	terms := map[string]int{}
	total := 0
	for _, t := range tokenize(q) {
		terms[t]++
		total++
	}
	if total == 0 {
		return nil
	}
	qv := idx.vector(terms, total)
	type hit struct {
		name  string
		score float64
	}
	var hits []hit
	for _, d := range idx.docs {
		if s := cosine(qv, idx.vector(d.terms, d.total)); s > 0 {
			hits = append(hits, hit{d.Name, s})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].name < hits[j].name
	})
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%s(%.3f)", h.name, h.score))
	}
	return out
}

func main() {
	docs := []*Doc{
		{Name: "go", Text: "Go is a statically typed compiled language with goroutines and channels for concurrency."},
		{Name: "rust", Text: "Rust is a compiled language focused on memory safety without a garbage collector."},
		{Name: "python", Text: "Python is a dynamically typed interpreted language loved for data science."},
		{Name: "amber", Text: "Amber runs Go programs deterministically in a virtual machine with persistent state."},
		{Name: "vm", Text: "A virtual machine interprets bytecode; the machine state can be persistent."},
	}
	idx := NewIndex(docs)
	terms := make([]string, 0, len(idx.df))
	for t := range idx.df {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool {
		if idx.df[terms[i]] != idx.df[terms[j]] {
			return idx.df[terms[i]] > idx.df[terms[j]]
		}
		return terms[i] < terms[j]
	})
	fmt.Println("vocabulary:", len(terms), "most common:", terms[:5])
	for _, q := range []string{"compiled language", "virtual machine state", "garbage collector memory", "Go goroutines", "the of and", "quantum"} {
		fmt.Printf("%-26q %v\n", q, idx.Search(q))
	}
	fmt.Printf("idf(language)=%.4f idf(amber)=%.4f\n", idx.idf("language"), idx.idf("amber"))
	fmt.Printf("sim(go,amber)=%.4f sim(go,python)=%.4f\n",
		cosine(idx.vector(docs[0].terms, docs[0].total), idx.vector(docs[3].terms, docs[3].total)),
		cosine(idx.vector(docs[0].terms, docs[0].total), idx.vector(docs[2].terms, docs[2].total)))
}

// Output:
// vocabulary: 34 most common: [language compiled go machine persistent]
// "compiled language"        [go(0.414) rust(0.348) python(0.161)]
// "virtual machine state"    [vm(0.637) amber(0.519)]
// "garbage collector memory" [rust(0.574)]
// "Go goroutines"            [go(0.508) amber(0.188)]
// "the of and"               []
// "quantum"                  []
// idf(language)=1.4055 idf(amber)=2.0986
// sim(go,amber)=0.0955 sim(go,python)=0.1631
