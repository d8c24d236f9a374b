package backprop.view;

import backprop.autograd.Value;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The autograd graph behind a value, for reading: every node in topological order (inputs first)
 * with its operation, its inputs, its value and the gradient backward() left on it, or a count of
 * its nodes by kind.
 */
public final class ComputationGraph {

    private final List<Value> order;

    private ComputationGraph(Value root) {
        if (root == null) {
            throw new IllegalArgumentException("root = null; allowed: a Value, e.g. the loss");
        }
        this.order = root.topologicalOrder();
    }

    /** The graph {@code root} was computed from, root included. */
    public static ComputationGraph of(Value root) {
        return new ComputationGraph(root);
    }

    /** Nodes, the root included. */
    public int size() {
        return order.size();
    }

    /** Nodes that are operations (not leaves). */
    public long operations() {
        return order.stream().filter(v -> !v.op().isEmpty()).count();
    }

    /**
     * One row per node, #0 first: its operation ("leaf w" for a labelled leaf, "constant" for an
     * unlabelled one), its inputs as node numbers, value and grad = dL/d(node), at 6 digits.
     */
    public Table table(String title) {
        Map<Value, Integer> number = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            number.put(order.get(i), i);
        }
        List<String> nodes = new ArrayList<>();
        List<String> operations = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Value v = order.get(i);
            nodes.add("#" + i);
            operations.add(!v.op().isEmpty() ? v.op() : v.label() != null ? "leaf " + v.label() : "constant");
            inputs.add(v.inputs().stream().map(in -> "#" + number.get(in)).collect(Collectors.joining(", ")));
        }
        return Tables.sixDigits(Table.create(title).addColumns(
                StringColumn.create("node", nodes),
                StringColumn.create("operation", operations),
                StringColumn.create("inputs", inputs),
                DoubleColumn.create("value", order.stream().mapToDouble(Value::data).toArray()),
                DoubleColumn.create("grad = dL/d(node)", order.stream().mapToDouble(Value::grad).toArray())));
    }

    /**
     * How many nodes of each kind: parameter leaves (labelled with one of {@code parameterNames}),
     * input leaves (other labelled leaves), constant leaves, then each operation in order of first use.
     */
    public Table kinds(String title, Collection<String> parameterNames) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String leaf : List.of("parameter leaf", "input leaf", "constant leaf")) {
            count.put(leaf, 0);
        }
        for (Value v : order) {
            String kind = !v.op().isEmpty() ? "operation " + v.op()
                    : v.label() == null ? "constant leaf"
                    : parameterNames.contains(v.label()) ? "parameter leaf" : "input leaf";
            count.merge(kind, 1, Integer::sum);
        }
        return Table.create(title).addColumns(
                StringColumn.create("kind of node", count.keySet()),
                IntColumn.create("count", count.values().stream().mapToInt(Integer::intValue).toArray()));
    }
}
