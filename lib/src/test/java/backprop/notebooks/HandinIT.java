package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The hand-in command, as a student runs it: `bash environment/notebooks.sh --handin DIR NB...` on
 * copies of notebooks (-Dhandin.notebooks, default two with formulas, tables and charts; "all" for every
 * one) whose details cell a student has filled in, then what a teacher opens, offline: one HTML page per
 * notebook with its images inside, every formula typeset (MathJax SVG, no TeX left in the visible text),
 * no script and nothing loaded from the network, the student's name and number at the top, no error
 * output; the same page as a PDF with the name, the charts and no raw TeX; index.html linking every page
 * under the notebook's title with the name and number, with nothing in it that changes between runs (no
 * dates). No absolute path of this machine in any of it. The notebooks themselves must come out unchanged.
 * The pages are also opened in headless Chromium with every network request refused.
 */
class HandinIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path NOTEBOOKS = Path.of(System.getProperty("notebooks.dir", "../notebooks")).toAbsolutePath().normalize();
    private static final Path JARS = Path.of(System.getProperty("notebook.jars", "target/jars")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("handin.out", "target/handin")).toAbsolutePath();
    private static final String CHOSEN = System.getProperty("handin.notebooks", "06-exp3-relu.ipynb,09-exp6-step-and-epochs.ipynb");
    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String NAME = "Li Hua 李华";
    private static final String NUMBER = "2026123456";
    private static final Pattern RAW_TEX = Pattern.compile("\\$\\$[^$]+\\$\\$|\\$[^$\\s][^$]*\\$");
    private static final Pattern RESOURCE = Pattern.compile(
            "<(?:script|link|img|iframe|source|video|audio|object|embed|use|image)\\b[^>]*?\\s(?:src|href|xlink:href|data)\\s*=\\s*\"((?:https?:)?//[^\"]*)\"|url\\(\\s*['\"]?((?:https?:)?//[^)'\"]*)|@import",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMG = Pattern.compile("<img\\s[^>]*src=\"([^\"]*)\"");
    private static final Pattern DATE = Pattern.compile("\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\b\\d\\d?:\\d\\d(:\\d\\d)?\\b");

    @Test
    void handinWritesOneSelfContainedPagePerNotebookAndAnIndex() throws Exception {
        List<String> names = new ArrayList<>("all".equals(CHOSEN) ? listNotebooks() : Arrays.asList(CHOSEN.split(",")));
        Path copies = NotebookRunner.scratchCopy(OUT.resolve("work"), NOTEBOOKS, JARS,
                name -> !name.endsWith(".ipynb") || names.contains(name));
        List<String> before = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("environment/notebooks.sh").toString(), "--handin",
                OUT.resolve("out").toString()));
        for (String name : names) {
            fillInDetails(copies.resolve(name));
            before.add(Files.readString(copies.resolve(name), StandardCharsets.UTF_8));
            command.add(copies.resolve(name).toString());
        }
        Path log = OUT.resolve("handin.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process process = builder.start();
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the hand-in did not finish in 15 minutes");
        assertEquals(0, process.exitValue(), "notebooks.sh --handin failed:\n" + NotebookRunner.tail(log, 30));

        Path out = OUT.resolve("out");
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String page = name.replace(".ipynb", ".html");
            Notebook notebook = Notebook.load(NOTEBOOKS.resolve(name));
            if (!Files.readString(copies.resolve(name), StandardCharsets.UTF_8).equals(before.get(i))) {
                problems.add(name + " was changed by the hand-in");
            }
            if (!index.contains("<a href=\"" + page + "\">")) {
                problems.add("index.html does not link " + page);
            }
            if (!index.contains(title(notebook))) {
                problems.add("index.html does not give the title of " + name + ": " + title(notebook));
            }
            if (!Files.isRegularFile(out.resolve(page))) {
                problems.add("no " + page);
                continue;
            }
            String html = Files.readString(out.resolve(page), StandardCharsets.UTF_8);
            problems.addAll(pageProblems(page, html, notebook));
            problems.addAll(offlineProblems(page, html, notebook));
            problems.addAll(pathProblems(page, html, copies));
            problems.addAll(renderedOfflineProblems(out.resolve(page), html));
            problems.addAll(pdfProblems(out.resolve(name.replace(".ipynb", ".pdf")), notebook, copies));
            if (!index.contains("<a href=\"" + name.replace(".ipynb", ".pdf") + "\">")) {
                problems.add("index.html does not link the PDF of " + name);
            }
        }
        if (!index.contains(NAME) || !index.contains(NUMBER)) {
            problems.add("index.html does not give the student's name and number from the details cells");
        }
        problems.addAll(pathProblems("index.html", index, copies));
        Matcher date = DATE.matcher(index);
        if (date.find()) {
            problems.add("index.html holds a date or time, \"" + date.group() + "\": the same notebooks would give another page tomorrow");
        }
        assertEquals(List.of(), problems, "hand-in in " + out);
    }

    /** Images inside the page, as many as the notebook draws; no error or stderr output; nothing local linked. */
    private static List<String> pageProblems(String page, String html, Notebook notebook) {
        List<String> problems = new ArrayList<>();
        long expected = notebook.cells().stream().flatMap(c -> c.outputs().stream()).filter(o -> o.data().containsKey("image/png")).count();
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
        if (expected == 0) {
            problems.add(page + ": choose notebooks with charts for this test (-Dhandin.notebooks)");
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

    /** What a student does first: the details cell at the top, filled in. */
    private static void fillInDetails(Path notebook) throws IOException {
        String json = Files.readString(notebook, StandardCharsets.UTF_8);
        String filled = json.replace("Name / 姓名:** …", "Name / 姓名:** " + NAME).replace("Student number / 学号:** …", "Student number / 学号:** " + NUMBER);
        assertFalse(filled.equals(json), notebook.getFileName() + " has no details cell (Name / 姓名, Student number / 学号) to fill in");
        Files.writeString(notebook, filled, StandardCharsets.UTF_8);
    }

    /** Typeset formulas, no TeX left in what a reader sees, nothing from the network, no script, the student's details. */
    private static List<String> offlineProblems(String page, String html, Notebook notebook) {
        List<String> problems = new ArrayList<>();
        boolean hasMath = notebook.cells().stream().filter(c -> !c.isCode()).anyMatch(c -> RAW_TEX.matcher(c.source()).find());
        int typeset = count(html, "<mjx-container");
        int svg = count(html, "<mjx-container class=\"MathJax\" jax=\"SVG\"");
        if (!hasMath) {
            problems.add(page + ": choose notebooks with formulas for this test (-Dhandin.notebooks)");
        } else if (typeset == 0 || svg != typeset) {
            problems.add(page + ": " + typeset + " typeset formulas, " + svg + " of them as inline SVG");
        }
        Matcher raw = RAW_TEX.matcher(visibleText(html));
        if (raw.find()) {
            problems.add(page + ": TeX left raw in the visible text: " + raw.group());
        }
        if (html.toLowerCase().contains("<script")) {
            problems.add(page + ": has a script (the saved page should need no JavaScript)");
        }
        Matcher resource = RESOURCE.matcher(html);
        while (resource.find()) {
            problems.add(page + ": loads from the network: " + resource.group());
        }
        int header = html.indexOf("class=\"handin-header\"");
        if (header < 0 || !html.substring(header).startsWith("class=\"handin-header\"><span>Name / 姓名: <b class=\"handin-name\">" + NAME)
                || !html.substring(header, Math.min(html.length(), header + 400)).contains(NUMBER)) {
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

    /** No absolute path of this machine: the project, the notebooks' folder, the output, the home folder. */
    private static List<String> pathProblems(String page, String text, Path copies) {
        List<String> problems = new ArrayList<>();
        for (String path : List.of(ROOT.toString(), copies.toString(), OUT.toString(), System.getProperty("user.home") + "/",
                "file:/", "/tmp/", "/var/folders/")) {
            if (path.length() > 2 && text.contains(path)) {
                problems.add(page + ": holds a path of this machine: " + path);
            }
        }
        return problems;
    }

    /** The page opened with the network off (every request to a closed port): it shows the same typeset formulas. */
    private static List<String> renderedOfflineProblems(Path page, String html) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(OUT, "chromium-");
        List<String> command = List.of(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString());
        Path dom = OUT.resolve(page.getFileName() + ".dom");
        Process process = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return List.of(page.getFileName() + ": Chromium did not open it offline in 3 minutes");
        }
        String shown = Files.readString(dom, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        if (process.exitValue() != 0 || count(shown, "<mjx-container") != count(html, "<mjx-container") || !shown.contains(NUMBER)) {
            problems.add(page.getFileName() + ": opened offline in Chromium, it does not show its " + count(html, "<mjx-container")
                    + " formulas and the student's number (exit " + process.exitValue() + ", " + count(shown, "<mjx-container") + " formulas)");
        }
        return problems;
    }

    /** The PDF: pages, the student's details, the charts as images, no raw TeX, a fixed date, no path. */
    private static List<String> pdfProblems(Path pdf, Notebook notebook, Path copies) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        String page = String.valueOf(pdf.getFileName());
        if (!Files.isRegularFile(pdf)) {
            return List.of("no " + page);
        }
        byte[] bytes = Files.readAllBytes(pdf);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        long charts = notebook.cells().stream().flatMap(c -> c.outputs().stream()).filter(o -> o.data().containsKey("image/png")).count();
        if (!raw.startsWith("%PDF") || bytes.length < 20_000) {
            problems.add(page + ": not a PDF, or an empty one (" + bytes.length + " bytes)");
        }
        if (count(raw, "/Subtype /Image") < charts) {
            problems.add(page + ": " + count(raw, "/Subtype /Image") + " images, the notebook draws " + charts + " charts");
        }
        Matcher date = Pattern.compile("/(?:CreationDate|ModDate) ?\\(D:(\\d{8})").matcher(raw);
        while (date.find()) {
            if (!date.group(1).equals("19700101")) {
                problems.add(page + ": dated " + date.group(1) + " (the same notebooks would give another file tomorrow)");
            }
        }
        problems.addAll(pathProblems(page, raw, copies));
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (Files.isExecutable(pdftotext)) {
            Path text = OUT.resolve(page + ".txt");
            Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), text.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "pdftotext hung on " + page);
            String words = Files.readString(text, StandardCharsets.UTF_8);
            if (!words.contains(NAME) || !words.contains(NUMBER)) {
                problems.add(page + ": the student's name and number are not in its text");
            }
            Matcher tex = RAW_TEX.matcher(words);
            if (tex.find()) {
                problems.add(page + ": TeX left raw in the PDF's text: " + tex.group());
            }
            problems.addAll(pathProblems(page + " (text)", words, copies));
        }
        return problems;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** The first Markdown heading, as the index shows it (HTML-escaped). */
    private static String title(Notebook notebook) {
        return notebook.cells().stream().filter(c -> !c.isCode()).flatMap(c -> c.source().lines())
                .filter(l -> l.startsWith("#")).findFirst().map(l -> l.replaceFirst("^#+", "").strip())
                .map(t -> t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;"))
                .orElse(notebook.name().replace(".ipynb", ""));
    }

    private static List<String> listNotebooks() throws IOException {
        try (var files = Files.list(NOTEBOOKS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
        }
    }
}
