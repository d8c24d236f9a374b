package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The kernel's side of "Run All stops at the first error" (environment/kernel/): the requests a front end
 * queued behind a failed one come back {@code aborted}, without output; a request sent afterwards runs.
 * The browser test checks the same in JupyterLab; this one speaks the protocol, so it names the kernel's fault.
 */
class RunAllStopsAtErrorIT {

    @Test
    @SuppressWarnings("unchecked")
    void requestsQueuedBehindAFailureAreAbortedAndLaterOnesRun() throws Exception {
        Map<String, Object> result = (Map<String, Object>) NotebookRunner.find().driver("run_all_queued.py",
                "int a = 1; a",
                "throw new IllegalArgumentException(\"learningRate must be > 0, got -1.0\");",
                "a + 1",
                "System.out.println(\"stale\"); a + 2");
        assertEquals(List.of("ok", "error", "aborted", "aborted"), result.get("statuses"), "statuses of the queued cells");
        assertEquals(List.of(1.0, 1.0, 0.0, 0.0), result.get("outputs"), "outputs of the queued cells (result, error, none, none)");
        assertEquals("ok", result.get("later"), "a cell run after the aborted ones");
    }
}
