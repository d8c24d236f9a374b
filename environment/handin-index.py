"""Writes DIR/index.html for notebooks.sh --handin: a link to DIR/NAME.html for every notebook path
read from stdin, with the notebook's title (its first Markdown heading). No dates or machine details,
so the same notebooks always give the same page."""
import html
import json
import os
import sys


def title(path):
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        for line in (source if isinstance(source, str) else "".join(source)).splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
    return os.path.splitext(os.path.basename(path))[0]


def main(out_dir):
    rows = []
    for path in (line.strip() for line in sys.stdin):
        if not path:
            continue
        name = os.path.splitext(os.path.basename(path))[0]
        if not os.path.isfile(os.path.join(out_dir, name + ".html")):
            sys.exit("index: %s.html is missing in %s" % (name, out_dir))
        rows.append('<tr><td><a href="%s.html">%s</a></td><td>%s</td></tr>'
                    % (html.escape(name, quote=True), html.escape(name), html.escape(title(path))))
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Backprop notebooks: hand-in</title>
<style>
body { font-family: sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.4; }
table { border-collapse: collapse; }
td { padding: 0.3em 1em 0.3em 0; border-bottom: 1px solid #ddd; vertical-align: top; }
</style>
</head>
<body>
<h1>Backprop notebooks: hand-in</h1>
<p>Every notebook below was run from top to bottom in a fresh kernel and saved as one HTML page with its
outputs; tables and charts are inside each page. Formulas are typeset by MathJax, loaded from the web.</p>
<table>
%s
</table>
</body>
</html>
""" % "\n".join(rows)
    with open(os.path.join(out_dir, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main(sys.argv[1])
