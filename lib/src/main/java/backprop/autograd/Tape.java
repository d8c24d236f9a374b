package backprop.autograd;

import java.util.List;

/**
 * A fast path, not part of the engine a student reads: a graph recorded once and run again after its
 * leaves changed ({@link Value#set}). Building a graph costs a new {@link Value} per operation and a
 * depth-first walk to order them; a training loop whose graph keeps its shape pays that once here. Every
 * node runs its own operation's formulas (the ones {@link Value} defines), in the order the walk found,
 * so a replay gives exactly the numbers a freshly built graph gives. It is the caller's duty to replay
 * only a graph whose shape the new leaf values would not change.
 */
public final class Tape {

    private final List<Value> order;

    /** Records the graph that computes {@code root}. */
    public Tape(Value root) {
        this.order = root.topologicalOrder();
    }

    /** Recomputes every node from the leaves' current values, then backpropagates from the root. */
    public void replay() {
        for (Value v : order) {
            v.recompute();
        }
        Value.backward(order);
    }
}
