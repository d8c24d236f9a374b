package backprop.view;

import tech.tablesaw.api.Table;

import java.util.List;

/**
 * Several results shown one under another by a single expression, such as a table and the sentences
 * about it: {@code Outputs.of(check.table(), check.verdict())}. JShell compiles every top-level
 * expression of a cell on its own (10-30 ms each), so one call that shows both is what keeps a
 * notebook's Run All short. The notebook display renders each part as it would on its own.
 */
public final class Outputs {

    private final List<Object> parts;

    private Outputs(List<Object> parts) {
        this.parts = parts;
    }

    /** {@code parts} in order; each a Table, an array of Tables, an {@link Html} result or a String. */
    public static Outputs of(Object... parts) {
        for (int i = 0; i < parts.length; i++) {
            Object part = parts[i];
            if (!(part instanceof Table || part instanceof Table[] || part instanceof Html || part instanceof String)) {
                throw new IllegalArgumentException("part " + (i + 1) + " is "
                        + (part == null ? "null" : "a " + part.getClass().getSimpleName())
                        + "; allowed: a Table, a Table[], an Html result (Statements, diagrams) or a String");
            }
        }
        return new Outputs(List.of(parts));
    }

    public List<Object> parts() {
        return parts;
    }
}
