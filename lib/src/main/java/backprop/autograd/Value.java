package backprop.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A scalar in a computation graph: its value, the gradient of the final output with respect to it,
 * and how to pass that gradient on to the values it was computed from. This plays PyTorch's role:
 * build an expression, call {@link #backward()}, read {@link #grad()} on the leaves. Each operation is
 * written once, as two formulas of its inputs' values: its forward value and its local derivative.
 */
public final class Value {

    /** Computes this node's value from its inputs' values: the operation's forward formula. */
    private interface Forward {
        double compute();
    }

    /** Passes this node's gradient to its inputs by the chain rule. */
    private interface LocalBackward {
        void propagate(Value out);
    }

    private double data;
    private double grad;
    private final Value[] inputs;
    private final String op;
    private final Forward forward;
    private final LocalBackward localBackward;
    private String label;

    /**
     * A node computed from {@code inputs}: its value is {@code forward} of theirs, and both formulas read
     * the values as they are, so a {@link Tape} can run the same node again after its leaves changed.
     */
    private Value(String op, Forward forward, LocalBackward localBackward, Value... inputs) {
        this.op = op;
        this.forward = forward;
        this.localBackward = localBackward;
        this.inputs = inputs;
        this.data = forward.compute();
    }

    /** A leaf: an input or a parameter. */
    public static Value of(double data) {
        return new Value("", () -> data, out -> { });
    }

    /** A named leaf, e.g. {@code Value.of(0.1, "w5")}. */
    public static Value of(double data, String label) {
        return of(data).label(label);
    }

    public Value label(String name) {
        this.label = name;
        return this;
    }

    public String label() {
        return label;
    }

    public double data() {
        return data;
    }

    /** dOutput/dThis after {@link #backward()} ran on the output. */
    public double grad() {
        return grad;
    }

    /** The operation that produced this value ("" for a leaf). */
    public String op() {
        return op;
    }

    public List<Value> inputs() {
        return List.of(inputs);
    }

    /**
     * Gives a leaf a new value, e.g. a parameter after a training step; the values computed from it are
     * stale until the graph is built again or replayed ({@link Tape}).
     */
    public void set(double value) {
        if (inputs.length > 0) {
            throw new IllegalStateException("set: " + this + " is computed by '" + op + "'; allowed: a leaf");
        }
        data = value;
    }

    public Value add(Value other) {
        return new Value("+", () -> data + other.data, out -> {
            this.grad += out.grad;
            other.grad += out.grad;
        }, this, other);
    }

    public Value add(double c) {
        return add(of(c));
    }

    public Value mul(Value other) {
        return new Value("*", () -> data * other.data, out -> {
            this.grad += other.data * out.grad;
            other.grad += this.data * out.grad;
        }, this, other);
    }

    public Value mul(double c) {
        return mul(of(c));
    }

    public Value neg() {
        return mul(-1.0);
    }

    public Value sub(Value other) {
        return add(other.neg());
    }

    public Value sub(double c) {
        return add(-c);
    }

    public Value div(Value other) {
        return mul(other.pow(-1.0));
    }

    public Value div(double c) {
        return mul(1.0 / c);
    }

    public Value pow(double exponent) {
        return new Value("^" + exponent, () -> Math.pow(data, exponent), out ->
                this.grad += exponent * Math.pow(data, exponent - 1) * out.grad, this);
    }

    public Value exp() {
        return new Value("exp", () -> Math.exp(data), out -> this.grad += out.data * out.grad, this);
    }

    public Value log() {
        return new Value("log", () -> Math.log(data), out -> this.grad += out.grad / data, this);
    }

    /**
     * The built-in sigmoid, as torch.sigmoid: one node, value 1 / (1 + e^-z), local derivative
     * s (1 - s) from its output s (torch's sigmoid_backward), so exactly 0 once s rounds to 1. Compare
     * the written-out 1/(1+exp(-z)) built from primitives, and {@link #stableSigmoid()}.
     */
    public Value sigmoid() {
        return new Value("sigmoid", () -> 1.0 / (1.0 + Math.exp(-data)), out -> {
            double s = out.data;
            this.grad += s * (1.0 - s) * out.grad;
        }, this);
    }

    /**
     * This library's careful sigmoid (not PyTorch's): one node, value e^z / (1 + e^z) for z &lt; 0, local
     * derivative e^-|z| / (1 + e^-|z|)^2, which keeps its digits where s (1 - s) has rounded to 0.
     */
    public Value stableSigmoid() {
        return new Value("stable-sigmoid",
                () -> data >= 0 ? 1.0 / (1.0 + Math.exp(-data)) : Math.exp(data) / (1.0 + Math.exp(data)), out -> {
            double e = Math.exp(-Math.abs(data));
            this.grad += e / ((1.0 + e) * (1.0 + e)) * out.grad;
        }, this);
    }

    /** ReLU with derivative 0 at exactly 0, as PyTorch. */
    public Value relu() {
        return new Value("relu", () -> data > 0 ? data : 0.0, out ->
                this.grad += (data > 0 ? 1.0 : 0.0) * out.grad, this);
    }

    public Value tanh() {
        return new Value("tanh", () -> Math.tanh(data), out ->
                this.grad += (1.0 - out.data * out.data) * out.grad, this);
    }

    /** The sum of the terms as one node. */
    public static Value sum(List<Value> terms) {
        Value[] in = terms.toArray(new Value[0]);
        return new Value("sum", () -> {
            double total = 0;
            for (Value t : in) {
                total += t.data;
            }
            return total;
        }, out -> {
            for (Value t : in) {
                t.grad += out.grad;
            }
        }, in);
    }

    /** log(sum(exp(x_i))) computed stably (shifted by the maximum); its gradient is the softmax. */
    public static Value logSumExp(List<Value> terms) {
        Value[] in = terms.toArray(new Value[0]);
        return new Value("logsumexp", () -> max(in) + Math.log(shiftedSumExp(in)), out -> {
            double shift = max(in);
            double normaliser = shiftedSumExp(in);
            for (Value t : in) {
                t.grad += Math.exp(t.data - shift) / normaliser * out.grad;
            }
        }, in);
    }

    private static double max(Value[] terms) {
        double max = Double.NEGATIVE_INFINITY;
        for (Value t : terms) {
            max = Math.max(max, t.data);
        }
        return max;
    }

    /** sum_i exp(x_i - max): every exponent <= 0, so nothing overflows. */
    private static double shiftedSumExp(Value[] terms) {
        double shift = max(terms);
        double sumExp = 0;
        for (Value t : terms) {
            sumExp += Math.exp(t.data - shift);
        }
        return sumExp;
    }

    /** Sets dThis/dThis = 1 and propagates gradients to every value this one was computed from. */
    public void backward() {
        backward(topologicalOrder());
    }

    /** The same over a graph already in order, inputs first and its root last, as a Tape keeps it. */
    static void backward(List<Value> order) {
        for (Value v : order) {
            v.grad = 0.0;
        }
        order.get(order.size() - 1).grad = 1.0;
        for (int i = order.size() - 1; i >= 0; i--) {
            Value v = order.get(i);
            v.localBackward.propagate(v);
        }
    }

    /**
     * Computes this node's value again from its inputs' current values. A leaf keeps its own: its formula
     * returns the number it was made with, which {@link #set} may have changed since.
     */
    void recompute() {
        if (inputs.length > 0) {
            data = forward.compute();
        }
    }

    /** Clears the gradients of this value and everything it was computed from. */
    public void zeroGrad() {
        for (Value v : topologicalOrder()) {
            v.grad = 0.0;
        }
    }

    /** Every node of the graph, inputs before the values computed from them. */
    public List<Value> topologicalOrder() {
        List<Value> order = new ArrayList<>();
        // Values are told apart by identity (two nodes may hold equal numbers), so the visited set is an identity set.
        Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        // Depth-first, each node listed after all its inputs. An explicit stack instead of recursion, so a
        // deep chain (many layers) cannot overflow the call stack.
        Deque<Visit> stack = new ArrayDeque<>();
        visited.add(this);
        stack.push(new Visit(this));
        while (!stack.isEmpty()) {
            Visit top = stack.peek();
            if (top.next < top.node.inputs.length) {
                Value input = top.node.inputs[top.next++];
                if (visited.add(input)) {
                    stack.push(new Visit(input));
                }
            } else {
                stack.pop();
                order.add(top.node);
            }
        }
        return order;
    }

    /** A node on the depth-first stack and the index of the next input to visit. */
    private static final class Visit {
        final Value node;
        int next;

        Visit(Value node) {
            this.node = node;
        }
    }

    @Override
    public String toString() {
        return "Value(" + (label == null ? "" : label + "=") + data + ", grad=" + grad + ")";
    }
}
