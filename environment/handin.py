"""The hand-in export (execute.py --html): one executed notebook becomes DIR/NAME.html and DIR/NAME.pdf,
both readable offline.

  1. nbconvert writes the page (images embedded); the scripts it would load from the web (require.js,
     MathJax 2, mermaid) are taken out, and MathJax 3 from the pinned PyPI package django-static-mathjax
     (requirements.txt) is put in, read from the local disk;
  2. headless Chromium, with every network request sent to a closed port, loads that page, lets MathJax
     typeset every formula as inline SVG, and hands back the typeset page (--dump-dom);
  3. every script is removed from it: what is saved is plain HTML + CSS + SVG, no JavaScript, nothing
     loaded from anywhere;
  4. the same Chromium prints that page to NAME.pdf (no header or footer lines, so no file path or date);
     the PDF's creation date is set to a fixed one, so the same notebook gives the same files.

At the top of every page: the student's name and number from the notebook's details cell (the first
Markdown cell with "Name / 姓名:" and "Student number / 学号:").
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Values a student has not replaced yet count as "not filled in".
PLACEHOLDERS = {"", "…", "...", "_", "__", "___"}
NOT_FILLED = "(not filled in)"

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge")
CHROMIUM_PATHS = (
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
)

MATHJAX_CONFIG = """<script>
window.MathJax = {
  tex: {
    inlineMath: [['$', '$'], ['\\\\(', '\\\\)']],
    displayMath: [['$$', '$$'], ['\\\\[', '\\\\]']],
    processEscapes: true,
    processEnvironments: true,
    tags: 'ams'
  },
  svg: { fontCache: 'local' },
  options: { enableMenu: false },
  startup: {
    pageReady: function () {
      return MathJax.startup.defaultPageReady().then(function () {
        document.body.setAttribute('data-handin-typeset', 'done');
      }, function (error) {
        document.body.setAttribute('data-handin-typeset', 'failed: ' + error);
      });
    }
  }
};
</script>
<script src="%s"></script>
"""

HEADER_CSS = """<style type="text/css">
.handin-header { font-family: sans-serif; border-bottom: 2px solid #444; margin: 0 0 1em 0;
  padding: 0.4em 0; display: flex; flex-wrap: wrap; gap: 0.3em 2em; }
.handin-header span { white-space: nowrap; }
.handin-stopped { font-family: sans-serif; color: #a00; border: 1px solid #a00; padding: 0.4em; }
mjx-container[display="true"] { overflow-x: auto; overflow-y: hidden; }
@page { size: A4; }
/* On paper nothing scrolls: long code lines wrap and wide tables shrink instead of being cut at the edge. */
@media print {
  pre { white-space: pre-wrap !important; overflow-wrap: anywhere; }
  .jp-OutputArea-output { overflow: visible !important; }
  .jp-RenderedHTMLCommon table { font-size: 70%; }
}
</style>
"""


def details(notebook):
    """(name, number) from the notebook's details cell; NOT_FILLED where the student wrote nothing."""
    found = {}
    for cell in notebook.get("cells", [])[:3]:
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        source = source if isinstance(source, str) else "".join(source)
        for key, label in (("name", r"Name\s*/\s*姓名"), ("number", r"Student number\s*/\s*学号")):
            match = re.search(r"^[\s*_]*" + label + r"[\s*_]*[:：][\s*_]*(.*?)[\s*_]*$", source, re.M)
            if match and key not in found:
                found[key] = match.group(1).strip()
    return tuple(NOT_FILLED if found.get(k, "").strip("*_ ") in PLACEHOLDERS else found[k] for k in ("name", "number"))


def mathjax_script():
    try:
        import mathjax  # django-static-mathjax: MathJax 3 as package data
    except ImportError:
        sys.exit("MathJax is missing from this Python environment: pip install -r environment/requirements.txt")
    path = os.path.join(os.path.dirname(mathjax.__file__), "static", "mathjax", "es5", "tex-svg-full.js")
    if not os.path.isfile(path):
        sys.exit("no MathJax at %s: pip install --force-reinstall django-static-mathjax" % path)
    return path


def chromium():
    """The Chromium (or Chrome/Edge) to use: $BACKPROP_CHROMIUM, else the first one found."""
    chosen = os.environ.get("BACKPROP_CHROMIUM")
    if chosen:
        return chosen
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    for path in CHROMIUM_PATHS:
        if os.path.isfile(path):
            return path
    sys.exit("no Chromium or Chrome found for the offline hand-in: install one (Debian: apt-get install chromium)"
             " or name it in BACKPROP_CHROMIUM")


def run_chromium(work, *arguments):
    """Headless Chromium in a fresh profile, every network request refused (a proxy on a closed port)."""
    profile = tempfile.mkdtemp(prefix="profile-", dir=work)
    command = [chromium(), "--headless=new", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--hide-scrollbars", "--mute-audio",
               "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
               "--allow-file-access-from-files"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    result = subprocess.run(command + list(arguments), stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if result.returncode != 0:
        raise RuntimeError("Chromium failed (%d): %s" % (result.returncode, result.stderr.decode("utf-8", "replace")[-800:]))
    return result.stdout


def file_url(path):
    from pathlib import Path
    return Path(os.path.abspath(path)).as_uri()


def prepared(page, name, student, stopped=None):
    """nbconvert's page without its web scripts, with local MathJax and the student's header (and, for a
    notebook that stopped at an error, a line saying where)."""
    page = re.sub(r"<script[^>]*\ssrc=\"https?://[^\"]*\"[^>]*>\s*</script>", "", page)
    page = re.sub(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", "", page, flags=re.S)
    page = re.sub(r"<script type=\"module\">(?:(?!</script>).)*mermaid(?:(?!</script>).)*</script>", "", page, flags=re.S)
    page = page.replace("</head>", HEADER_CSS + MATHJAX_CONFIG % html.escape(file_url(mathjax_script())) + "</head>", 1)
    header = ('<header class="handin-header"><span>Name / 姓名: <b class="handin-name">%s</b></span>'
              '<span>Student number / 学号: <b class="handin-number">%s</b></span><span>%s</span></header>'
              % (html.escape(student[0]), html.escape(student[1]), html.escape(name)))
    if stopped:
        header += ('\n<p class="handin-stopped" data-handin-stopped="%s">This notebook stops at %s with an error; '
                   'the cells after it were not run.</p>' % (html.escape(stopped), html.escape(stopped)))
    return re.sub(r"(<main>)", lambda m: m.group(1) + "\n" + header, page, count=1)


def finished(dom):
    """The typeset page as saved: doctype, no scripts; fails when MathJax did not finish."""
    marker = re.search(r"data-handin-typeset=\"([^\"]*)\"", dom)
    if not marker or marker.group(1) != "done":
        raise RuntimeError("MathJax did not finish typesetting (%s)" % (marker.group(1) if marker else "no result"))
    dom = re.sub(r"<script\b[^>]*>.*?</script>", "", dom, flags=re.S | re.I)
    dom = re.sub(r"\s*data-handin-typeset=\"done\"", "", dom)
    return "<!DOCTYPE html>\n" + dom.strip() + "\n"


FIXED_DATE = b"D:19700101000000"


def fixed_dates(pdf):
    """The PDF's CreationDate/ModDate set to a fixed date of the same length (its byte offsets stay right)."""
    def one(match):
        return match.group(1) + (FIXED_DATE + b"0" * 20)[:len(match.group(2))]
    return re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[0-9]+)", one, pdf)


NOTEBOOK_LINK = re.compile(r'href="([^"/:#]+)\.ipynb(#[^"]*)?"')
RELATIVE_LINK = re.compile(r'(<a\b[^>]*?)\s+href="(?![a-z][a-z0-9+.-]*:|#)[^"]*"', re.I)


def local_links(page):
    """A link to another notebook (NAME.ipynb) leads to its page in the same hand-in folder (NAME.html)."""
    return NOTEBOOK_LINK.sub(lambda m: 'href="%s.html%s"' % (m.group(1), m.group(2) or ""), page)


def unlinked(page):
    """The page to print without relative links: Chromium would write each into the PDF as an absolute
    file:// URL of the work folder. Their text stays; links to the web and within the page stay."""
    return RELATIVE_LINK.sub(r"\1", page)


def export(notebook, name, out_dir, stopped=None):
    """Writes out_dir/NAME.html and out_dir/NAME.pdf for an executed notebook (nbformat node); stopped names
    the cell where its run stopped at an error ("cell 12"), if it did."""
    from nbconvert import HTMLExporter
    exporter = HTMLExporter(embed_images=True)
    # The notebook's folder is not given to nbconvert: nothing of this machine's paths goes into the page.
    page, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": name}})
    student = details(notebook)
    work = tempfile.mkdtemp(prefix="handin-")
    try:
        source = os.path.join(work, name + ".html")
        with open(source, "w", encoding="utf-8") as f:
            f.write(prepared(page, name, student, stopped))
        dom = run_chromium(work, "--virtual-time-budget=120000", "--run-all-compositor-stages-before-draw",
                           "--dump-dom", file_url(source)).decode("utf-8")
        typeset = local_links(finished(dom))
        target = os.path.join(out_dir, name + ".html")
        with open(target, "w", encoding="utf-8") as f:
            f.write(typeset)
        # Printed from a copy in the work folder: the PDF never sees the hand-in folder's path either.
        printable = os.path.join(work, "print", name + ".html")
        os.makedirs(os.path.dirname(printable))
        with open(printable, "w", encoding="utf-8") as f:
            f.write(unlinked(typeset))
        pdf = os.path.join(work, name + ".pdf")
        run_chromium(work, "--no-pdf-header-footer", "--print-to-pdf-no-header", "--virtual-time-budget=20000",
                     "--print-to-pdf=" + pdf, file_url(printable))
        with open(pdf, "rb") as f:
            data = f.read()
        if not data.startswith(b"%PDF"):
            raise RuntimeError("Chromium wrote no PDF for " + name)
        with open(os.path.join(out_dir, name + ".pdf"), "wb") as f:
            f.write(fixed_dates(data))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return student
