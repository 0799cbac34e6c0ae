//! A disassembler: each function's code beside the Go source lines it came from.

use std::fmt::Write;

use crate::code::Image;

/// Renders every function of `image`. `source_line(file, line)` supplies the text of a source line (the
/// image keeps file names and line numbers, not the text).
pub fn disasm(image: &Image, source_line: &dyn Fn(&str, u32) -> Option<String>) -> String {
    let mut out = String::new();
    for (fi, f) in image.funcs.iter().enumerate() {
        let file = image.files.get(f.file as usize).map_or("?", |s| s.as_str());
        let _ = writeln!(
            out,
            "func {} (#{fi}) params={} results={} slots={} file={file}",
            f.name, f.nparams, f.nresults, f.nslots
        );
        let mut last_line = 0;
        for (pc, ins) in f.code.iter().enumerate() {
            let line = f.lines.get(pc).copied().unwrap_or(0);
            if line != last_line {
                let text = source_line(file, line).unwrap_or_default();
                let _ = writeln!(out, "  {file}:{line}  {}", text.trim());
                last_line = line;
            }
            let _ = writeln!(out, "    {pc:4}  {ins:?}");
        }
        let _ = writeln!(out);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn shows_code_beside_source() {
        let image = crate::samples::fib_image(10);
        let text = super::disasm(&image, &|_, line| Some(format!("line {line}")));
        assert!(text.contains("func main.fib (#0) params=1 results=1 slots=4 file=fib.go"));
        assert!(text.contains("  fib.go:2  line 2\n       1  LoadInt { dst: 1, v: 2 }\n"));
    }
}
