"""Writes DIR/index.html for notebooks.sh --handin: a link to DIR/NAME.html and DIR/NAME.pdf for every
notebook path read from stdin, with the notebook's title (its first Markdown heading) and the student's
name and number from its details cell (handin.py), also at the top when every notebook gives the same.
No dates or machine details, so the same notebooks always give the same page."""
import html
import json
import os
import re
import sys

from handin import details


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
    students = set()
    for path in (line.strip() for line in sys.stdin):
        if not path:
            continue
        name = os.path.splitext(os.path.basename(path))[0]
        if not os.path.isfile(os.path.join(out_dir, name + ".html")):
            sys.exit("index: %s.html is missing in %s" % (name, out_dir))
        if not os.path.isfile(os.path.join(out_dir, name + ".pdf")):
            sys.exit("index: %s.pdf is missing in %s" % (name, out_dir))
        with open(path, encoding="utf-8") as f:
            student = details(json.load(f))
        with open(os.path.join(out_dir, name + ".html"), encoding="utf-8") as f:
            stopped = re.search(r'data-handin-stopped="([^"]*)"', f.read())
        shown = title(path) + (" (stops at %s with an error)" % html.unescape(stopped.group(1)) if stopped else "")
        students.add(student)
        rows.append('<tr><td><a href="%s.html">%s</a></td><td><a href="%s.pdf">PDF</a></td><td>%s</td>'
                    '<td class="name">%s</td><td class="number">%s</td></tr>'
                    % (html.escape(name, quote=True), html.escape(name), html.escape(name, quote=True),
                       html.escape(shown), html.escape(student[0]), html.escape(student[1])))
    if len(students) == 1:
        name, number = students.pop()
        who = ('<p class="student">Name / 姓名: <b class="handin-name">%s</b> &nbsp; Student number / 学号: '
               '<b class="handin-number">%s</b></p>' % (html.escape(name), html.escape(number)))
    else:
        who = ('<p class="student">The notebooks give different names or numbers in their details cells: '
               'see each row.</p>')
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Backprop notebooks: hand-in</title>
<style>
body { font-family: sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.4; }
table { border-collapse: collapse; }
th { text-align: left; }
td, th { padding: 0.3em 1em 0.3em 0; border-bottom: 1px solid #ddd; vertical-align: top; }
</style>
</head>
<body>
<h1>Backprop notebooks: hand-in</h1>
%s
<p>Every notebook below was run from top to bottom in a fresh kernel (up to its first error, where a row
says so) and saved as one HTML page with its outputs, and as a PDF of that page; tables, charts and typeset formulas are inside each file, which
needs no network and no JavaScript to read.</p>
<table>
<tr><th>Notebook</th><th></th><th>Title</th><th>Name / 姓名</th><th>Student number / 学号</th></tr>
%s
</table>
</body>
</html>
""" % (who, "\n".join(rows))
    with open(os.path.join(out_dir, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main(sys.argv[1])
