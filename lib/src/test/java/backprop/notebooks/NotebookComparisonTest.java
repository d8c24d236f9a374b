package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NotebookComparisonTest {

    private static final NotebookComparison COMPARISON = new NotebookComparison(1e-9, 1e-12);

    /** A notebook with one markdown cell and the given code cells (JSON fragments). */
    private static Notebook notebookFor(String kernel, String... codeCells) {
        StringBuilder json = new StringBuilder("{\"metadata\": {\"kernelspec\": {\"name\": \"" + kernel + "\"}},"
                + " \"nbformat\": 4, \"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# Title\"]}");
        for (String cell : codeCells) {
            json.append(", ").append(cell);
        }
        return Notebook.parse("test.ipynb", json.append("]}").toString());
    }

    private static Notebook notebook(String... codeCells) {
        return notebookFor("java", codeCells);
    }

    private static String cell(String source, String outputs) {
        return "{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, \"source\": \"" + source
                + "\", \"outputs\": [" + outputs + "]}";
    }

    private static String stdout(String text) {
        return "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"" + text + "\"]}";
    }

    private static String result(String mime, String value) {
        return "{\"output_type\": \"execute_result\", \"execution_count\": 1, \"metadata\": {}, \"data\": {\"" + mime
                + "\": \"" + value + "\"}}";
    }

    @Test
    void machinePathsControlCharactersAndColourCodesInTheCommittedFileAreProblems() {
        assertEquals(List.of(), COMPARISON.committedProblems(notebook(cell("x", result("image/png", "iVBOR/home/abc/tmp/x+/work/q")))),
                "base64 image data is not text");
        List<String> problems = COMPARISON.committedProblems(notebook(
                cell("x", result("text/plain", "loaded /home/student/backprop/lib/target/jars/backprop-lib.jar")),
                cell("y", stdout("\\u001B[1mbold\\u001B[0m")),
                cell("beta = \\b", result("text/html", "<p>C:\\\\Users\\\\li\\\\jars</p>"))));
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("a path of the machine that ran it: /home/student"), problems.get(0));
        assertTrue(problems.get(1).contains("colour codes"), problems.get(1));
        assertTrue(problems.get(2).contains("control character in its source"), problems.get(2));
        assertTrue(problems.get(3).contains("a path of the machine that ran it: C:\\Users\\"), problems.get(3));
    }

    @Test
    void numbersAreReadAsTheReaderSeesThem() {
        assertEquals(List.of("0.5621765008857981", "-0.07", "1e-9", "3", "NaN", "-Infinity"),
                OutputNumbers.inText("h1 = 0.5621765008857981, y2 = -0.07, tol 1e-9, epochs: 3. NaN -Infinity"));
        assertEquals(List.of("0.2084", "-0.4126"),
                OutputNumbers.inHtml("<table style=\"width:100px\"><tr><td>0.2084</td><td>-0.4126</td></tr></table>"));
        assertEquals(List.of("2"), OutputNumbers.inText("\u001B[32mFound 2 jar files.\u001B[0m"));
    }

    @Test
    void pathsIdsAndIdentifiersAreNotNumbers() {
        assertEquals(List.of(), OutputNumbers.inText("Add /home/s2/lib/target/jars/xchart-3.8.8.jar to classpath"));
        assertEquals(List.of(), OutputNumbers.inText("display id 66f7b005-b3b1-4823-1234-ad23c0cea8db"));
        assertEquals(List.of(), OutputNumbers.inText("w1 w8 o2 h1 x2 sha 9f3b"));
    }

    @Test
    void toleranceIsRelativeWithAFloorNearZero() {
        assertTrue(OutputNumbers.close("0.2097097937078311", "0.20970979370783112", 1e-9, 1e-12));
        assertFalse(OutputNumbers.close("0.2097", "0.2098", 1e-9, 1e-12));
        assertTrue(OutputNumbers.close("0", "1e-17", 1e-9, 1e-12));
        assertTrue(OutputNumbers.close("NaN", "NaN", 1e-9, 1e-12));
        assertFalse(OutputNumbers.close("Infinity", "1e308", 1e-9, 1e-12));
    }

    @Test
    void identicalRunsHaveNoProblems() {
        Notebook nb = notebook(cell("print()", stdout("loss 0.2097097937078311")),
                cell("table", result("text/html", "<table><tr><td>0.5</td></tr></table>")));
        assertEquals(List.of(), COMPARISON.committedProblems(nb));
        assertEquals(List.of(), COMPARISON.compare(nb, nb));
    }

    @Test
    void aChangedNumberIsReportedWithItsCell() {
        Notebook before = notebook(cell("print(loss)", stdout("loss 0.2097")));
        Notebook after = notebook(cell("print(loss)", stdout("loss 0.2098")));

        List<String> problems = COMPARISON.compare(before, after);

        assertEquals(List.of("cell 2 [print(loss)]: number 1 was 0.2097, is now 0.2098"), problems);
    }

    @Test
    void aMissingImageOrTableIsReported() {
        Notebook before = notebook(cell("chart", result("image/png", "iVBOR")),
                cell("table", result("text/html", "<table></table>")));
        Notebook after = notebook(cell("chart", result("text/html", "XYChart")),
                cell("table", result("text/html", "Table t")));

        List<String> problems = COMPARISON.compare(before, after);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("shows text/html now, the committed file image/png"), problems.get(0));
        assertTrue(problems.get(1).contains("the committed file an HTML table"), problems.get(1));
    }

    @Test
    void errorsAndUnrunCellsAreReported() {
        String error = "{\"output_type\": \"error\", \"ename\": \"java.lang.ArithmeticException\", \"evalue\": \"/ by zero\", \"traceback\": []}";
        Notebook fresh = notebook(cell("1/0", error));
        Notebook unrun = notebook("{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"source\": \"1+1\", \"outputs\": []}",
                "{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"source\": \"  \", \"outputs\": []}");

        assertEquals(List.of("cell 2 [1/0] fails: java.lang.ArithmeticException: / by zero"),
                COMPARISON.compare(notebook(cell("1/0", "")), fresh));
        assertEquals(List.of("cell 2 [1+1] was never run in the committed file"), COMPARISON.committedProblems(unrun));
        assertEquals(List.of("the notebook's kernelspec is 'python3', expected 'java'"),
                COMPARISON.committedProblems(notebookFor("python3")));
    }

    @Test
    void magicCellsAndTaggedCellsKeepTheirNumbersToThemselves() {
        Notebook before = notebook(cell("%jars ../lib/target/jars", stdout("Found 26 jar files.")),
                "{\"cell_type\": \"code\", \"execution_count\": 3, \"metadata\": {\"tags\": [\"no-compare\"]},"
                        + " \"source\": \"timing\", \"outputs\": [" + stdout("took 12 ms") + "]}");
        Notebook after = notebook(cell("%jars ../lib/target/jars", stdout("Found 1 jar files.")),
                "{\"cell_type\": \"code\", \"execution_count\": 3, \"metadata\": {\"tags\": [\"no-compare\"]},"
                        + " \"source\": \"timing\", \"outputs\": [" + stdout("took 15 ms") + "]}");

        assertEquals(List.of(), COMPARISON.compare(before, after));
    }

    @Test
    void aResultIsReadInTheFormThatIsShown() {
        String both = "{\"output_type\": \"execute_result\", \"execution_count\": 1, \"metadata\": {}, \"data\":"
                + " {\"text/plain\": \"t 1 2\", \"text/html\": \"<table><td>1</td><td>2</td></table>\"}}";

        assertEquals(List.of("1", "2"), NotebookComparison.numbers(notebook(cell("t", both)).cells().get(1)));
    }

    @Test
    void aDifferentCountOfNumbersIsReported() {
        Notebook before = notebook(cell("run", stdout("1 2 3")));
        Notebook after = notebook(cell("run", stdout("1 2 3 4")));

        assertEquals(List.of("cell 2 [run]: its outputs hold 4 numbers now, 3 in the committed file"),
                COMPARISON.compare(before, after));
    }
}
