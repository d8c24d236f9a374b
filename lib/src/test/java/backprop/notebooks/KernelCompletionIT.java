package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The kernel holds JShell's class-name indexer (environment/kernel/: it costs a class server about 25 MB and
 * a busy thread per kernel), and Tab completion of members and of the student's own names still works.
 */
class KernelCompletionIT {

    @Test
    @SuppressWarnings("unchecked")
    void completionWorksWithTheImportIndexHeld() throws Exception {
        Map<String, Object> result = (Map<String, Object>) NotebookRunner.find().driver("kernel_completion.py");
        assertTrue(((List<String>) result.get("member")).contains("max("), "completions of Math.ma: " + result.get("member"));
        assertEquals(List.of("learningRate"), result.get("variable"), "completions of learningR");
        assertEquals("held", result.get("indexer"), "JShell's indexer thread: should wait, held by the kernel");
    }
}
