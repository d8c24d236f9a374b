package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a teacher opens of a hand-in folder (execute.py --html + handin-index.py, run by notebooks.sh
 * --handin and by the hand-out's start.py --handin), checked offline: per notebook one HTML page with its
 * images inside, every formula typeset (MathJax SVG, no TeX left in the visible text), no script and
 * nothing loaded from the network, the student's name and number at the top, no error output; the same
 * page as a PDF with the name, the charts and no raw TeX; index.html linking every page and PDF under the
 * notebook's title with the name and number and no date. No absolute path of this machine in any of it.
 * The pages are also opened in headless Chromium with every network request refused.
 *
 * @param scratch where Chromium's profiles and the PDFs' text go
 * @param machinePaths absolute paths of this machine that must not show (the project, the work folders)
 */
record HandinChecks(Path scratch, String name, String number, String chromium, List<String> machinePaths) {

    static final Pattern RAW_TEX = Pattern.compile("\\$\\$[^$]+\\$\\$|\\$[^$\\s][^$]*\\$");
    /**
     * A $...$ span with TeX in it, in a PDF's text, where the code cells' text is too (Java format strings such
     * as "%1$s of %2$s" are not TeX).
     */
    private static final Pattern RAW_TEX_IN_PRINT = Pattern.compile("\\$\\$[^$]+\\$\\$|\\$[^$\\n]*[\\\\^_{][^$\\n]*\\$");
    /** A TeX command in text a reader sees: a formula left untypeset whatever its delimiters. */
    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\(?:frac|partial|delta|sigma|mathit|cdot|leftarrow|tfrac|qquad)\\b");
    private static final Pattern RESOURCE = Pattern.compile(
            "<(?:script|link|img|iframe|source|video|audio|object|embed|use|image)\\b[^>]*?\\s(?:src|href|xlink:href|data)\\s*=\\s*\"((?:https?:)?//[^\"]*)\"|url\\(\\s*['\"]?((?:https?:)?//[^)'\"]*)|@import",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMG = Pattern.compile("<img\\s[^>]*src=\"([^\"]*)\"");
    private static final Pattern DATE = Pattern.compile("\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\b\\d\\d?:\\d\\d(:\\d\\d)?\\b");

    /**
     * Everything about one notebook's page and PDF in {@code out}; {@code reference} is an executed copy of
     * the same notebook (its charts and formulas are what the page must show).
     */
    List<String> notebookProblems(Path out, String notebook, Notebook reference) throws IOException, InterruptedException {
        String page = notebook.replace(".ipynb", ".html");
        if (!Files.isRegularFile(out.resolve(page))) {
            return List.of("no " + page);
        }
        String html = Files.readString(out.resolve(page), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>(pageProblems(page, html, reference));
        problems.addAll(offlineProblems(page, html, reference));
        problems.addAll(pathProblems(page, html));
        problems.addAll(renderedOfflineProblems(out.resolve(page), html));
        problems.addAll(pdfProblems(out.resolve(notebook.replace(".ipynb", ".pdf")), reference));
        return problems;
    }

    /** index.html: a link to every page and PDF, each notebook's title, the student's details, no date, no path. */
    List<String> indexProblems(Path out, List<Notebook> notebooks) throws IOException {
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (Notebook notebook : notebooks) {
            String base = notebook.name().replace(".ipynb", "");
            for (String linked : List.of(base + ".html", base + ".pdf")) {
                if (!index.contains("<a href=\"" + linked + "\">")) {
                    problems.add("index.html does not link " + linked);
                }
            }
            if (!index.contains(title(notebook))) {
                problems.add("index.html does not give the title of " + notebook.name() + ": " + title(notebook));
            }
        }
        if (!index.contains(name) || !index.contains(number)) {
            problems.add("index.html does not give the student's name and number from the details cells");
        }
        problems.addAll(pathProblems("index.html", index));
        Matcher date = DATE.matcher(index);
        if (date.find()) {
            problems.add("index.html holds a date or time, \"" + date.group() + "\": the same notebooks would give another page tomorrow");
        }
        return problems;
    }

    /** How many charts (PNG outputs) a notebook draws. */
    static long charts(Notebook notebook) {
        return notebook.cells().stream().flatMap(c -> c.outputs().stream()).filter(o -> o.data().containsKey("image/png")).count();
    }

    /** True when a Markdown cell holds a formula. */
    static boolean hasFormulas(Notebook notebook) {
        return notebook.cells().stream().filter(c -> !c.isCode()).anyMatch(c -> RAW_TEX.matcher(c.source()).find());
    }

    /** Images inside the page, as many as the notebook draws; no error or stderr output; nothing local linked. */
    private static List<String> pageProblems(String page, String html, Notebook notebook) {
        List<String> problems = new ArrayList<>();
        long expected = charts(notebook);
        int embedded = 0;
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            if (img.group(1).startsWith("data:image/png;base64,")) {
                embedded++;
            } else if (!img.group(1).startsWith("data:")) {
                problems.add(page + ": an image is linked, not embedded: " + img.group(1));
            }
        }
        if (embedded != expected) {
            problems.add(page + ": " + embedded + " embedded PNG images, the notebook draws " + expected);
        }
        if (html.contains("data-mime-type=\"application/vnd.jupyter.stderr\"")) {
            problems.add(page + ": has error or stderr output");
        }
        if (html.contains("src=\"file:") || html.contains("href=\"file:")) {
            problems.add(page + ": loads something from this machine's disk (file:)");
        }
        assertFalse(html.isBlank(), page + " is empty");
        return problems;
    }

    /** Typeset formulas, no TeX left in what a reader sees, nothing from the network, no script, the student's details. */
    private List<String> offlineProblems(String page, String html, Notebook notebook) {
        List<String> problems = new ArrayList<>();
        int typeset = count(html, "<mjx-container");
        int svg = count(html, "<mjx-container class=\"MathJax\" jax=\"SVG\"");
        if (hasFormulas(notebook) && (typeset == 0 || svg != typeset)) {
            problems.add(page + ": " + typeset + " typeset formulas, " + svg + " of them as inline SVG");
        }
        String visible = visibleText(html);
        for (Pattern tex : List.of(RAW_TEX, TEX_COMMAND)) {
            Matcher raw = tex.matcher(visible);
            if (raw.find()) {
                problems.add(page + ": TeX left raw in the visible text: " + raw.group());
            }
        }
        if (html.toLowerCase().contains("<script")) {
            problems.add(page + ": has a script (the saved page should need no JavaScript)");
        }
        Matcher resource = RESOURCE.matcher(html);
        while (resource.find()) {
            problems.add(page + ": loads from the network: " + resource.group());
        }
        int header = html.indexOf("class=\"handin-header\"");
        if (header < 0 || !html.substring(header).startsWith("class=\"handin-header\"><span>Name / 姓名: <b class=\"handin-name\">" + name)
                || !html.substring(header, Math.min(html.length(), header + 400)).contains(number)) {
            problems.add(page + ": no header with the student's name and number");
        }
        return problems;
    }

    /** The text a reader sees: no styles, formulas' SVG and MathML, code, or tags. */
    private static String visibleText(String html) {
        String text = html.replaceAll("(?s)<style\\b.*?</style>", " ").replaceAll("(?s)<mjx-container\\b.*?</mjx-container>", " ")
                .replaceAll("(?s)<pre\\b.*?</pre>", " ").replaceAll("(?s)<code\\b.*?</code>", " ").replaceAll("<[^>]*>", " ");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#36;", "$").replace("&amp;", "&");
    }

    /** No absolute path of this machine: those given, the home folder, temporary folders, file: URLs. */
    List<String> pathProblems(String page, String text) {
        List<String> problems = new ArrayList<>();
        List<String> paths = new ArrayList<>(machinePaths);
        paths.addAll(List.of(System.getProperty("user.home") + "/", "file:/", "/tmp/", "/var/folders/"));
        for (String path : paths) {
            if (path.length() > 2 && text.contains(path)) {
                problems.add(page + ": holds a path of this machine: " + path);
            }
        }
        return problems;
    }

    /** The page opened with the network off (every request to a closed port): it shows the same typeset formulas. */
    private List<String> renderedOfflineProblems(Path page, String html) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path profile = Files.createTempDirectory(scratch, "chromium-");
        List<String> command = List.of(chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString());
        Path dom = scratch.resolve(page.getFileName() + ".dom");
        Process process = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return List.of(page.getFileName() + ": Chromium did not open it offline in 3 minutes");
        }
        String shown = Files.readString(dom, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        if (process.exitValue() != 0 || count(shown, "<mjx-container") != count(html, "<mjx-container") || !shown.contains(number)) {
            problems.add(page.getFileName() + ": opened offline in Chromium, it does not show its " + count(html, "<mjx-container")
                    + " formulas and the student's number (exit " + process.exitValue() + ", " + count(shown, "<mjx-container") + " formulas)");
        }
        return problems;
    }

    /** The PDF: pages, the student's details, the charts as images, no raw TeX, a fixed date, no path. */
    private List<String> pdfProblems(Path pdf, Notebook notebook) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        String page = String.valueOf(pdf.getFileName());
        if (!Files.isRegularFile(pdf)) {
            return List.of("no " + page);
        }
        byte[] bytes = Files.readAllBytes(pdf);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!raw.startsWith("%PDF") || bytes.length < 20_000) {
            problems.add(page + ": not a PDF, or an empty one (" + bytes.length + " bytes)");
        }
        if (count(raw, "/Subtype /Image") < charts(notebook)) {
            problems.add(page + ": " + count(raw, "/Subtype /Image") + " images, the notebook draws " + charts(notebook) + " charts");
        }
        Matcher date = Pattern.compile("/(?:CreationDate|ModDate) ?\\(D:(\\d{8})").matcher(raw);
        while (date.find()) {
            if (!date.group(1).equals("19700101")) {
                problems.add(page + ": dated " + date.group(1) + " (the same notebooks would give another file tomorrow)");
            }
        }
        problems.addAll(pathProblems(page, raw));
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (Files.isExecutable(pdftotext)) {
            Files.createDirectories(scratch);
            Path text = scratch.resolve(page + ".txt");
            Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), text.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "pdftotext hung on " + page);
            String words = Files.readString(text, StandardCharsets.UTF_8);
            if (!words.contains(name) || !words.contains(number)) {
                problems.add(page + ": the student's name and number are not in its text");
            }
            for (Pattern tex : List.of(RAW_TEX_IN_PRINT, TEX_COMMAND)) {
                Matcher left = tex.matcher(words);
                if (left.find()) {
                    problems.add(page + ": TeX left raw in the PDF's text: " + left.group());
                }
            }
            problems.addAll(pathProblems(page + " (text)", words));
        }
        return problems;
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** The first Markdown heading, as the index shows it (HTML-escaped). */
    static String title(Notebook notebook) {
        return notebook.cells().stream().filter(c -> !c.isCode()).flatMap(c -> c.source().lines())
                .filter(l -> l.startsWith("#")).findFirst().map(l -> l.replaceFirst("^#+", "").strip())
                .map(t -> t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;"))
                .orElse(notebook.name().replace(".ipynb", ""));
    }
}
