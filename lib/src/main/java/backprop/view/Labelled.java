package backprop.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Labelled values in the order given, for charts and tables that show several runs side by side:
 * {@code Labelled.of("sigmoid", baseline, "ReLU", variant)}. (Map.of would forget the order, and the
 * first label is the baseline: it gets the baseline colour.)
 */
public final class Labelled {

    private Labelled() {
    }

    public static <V> Map<String, V> of(String label, V value) {
        return put(new LinkedHashMap<>(), label, value);
    }

    public static <V> Map<String, V> of(String label1, V value1, String label2, V value2) {
        return put(of(label1, value1), label2, value2);
    }

    public static <V> Map<String, V> of(String label1, V value1, String label2, V value2, String label3, V value3) {
        return put(of(label1, value1, label2, value2), label3, value3);
    }

    public static <V> Map<String, V> of(String label1, V value1, String label2, V value2, String label3, V value3,
                                        String label4, V value4) {
        return put(of(label1, value1, label2, value2, label3, value3), label4, value4);
    }

    private static <V> Map<String, V> put(Map<String, V> map, String label, V value) {
        if (label == null || value == null) {
            throw new IllegalArgumentException("label and value must not be null; got " + label + " = " + value);
        }
        if (map.putIfAbsent(label, value) != null) {
            throw new IllegalArgumentException("label \"" + label + "\" given twice; allowed: each label once");
        }
        return map;
    }
}
