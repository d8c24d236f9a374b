package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * One forward and backward pass of the exercise network as a single column of numbers
 * ({@link #QUANTITIES}: h1, h2, o1, o2, loss, dL/dw1..dL/dw8), so passes with different activations
 * or gradient sources can stand side by side in one table.
 */
public final class OnePass {

    /** The row names of a {@link #column}: h1, h2, o1, o2, loss, dL/dw1 ... dL/dw8. */
    public static final List<String> QUANTITIES = quantities();

    private OnePass() {
    }

    /**
     * h1, h2, o1, o2, the loss and the 8 gradients of one pass of the 2-2-2 exercise network on (x, y).
     * With {@link GradientSource#AUTOGRAD}, o1, o2, the loss and the gradients come from the autograd
     * graph (h1, h2, which the graph does not keep, from the same network's hand-written forward pass).
     */
    public static double[] column(Network network, double[] x, double[] y, Loss loss, GradientSource source) {
        ExerciseBackprop hand = ExerciseBackprop.of(network, x, y, loss);
        double[] c = new double[QUANTITIES.size()];
        c[0] = hand.outH1();
        c[1] = hand.outH2();
        if (source == GradientSource.AUTOGRAD) {
            AutogradPass auto = AutogradPass.of(network, x, y, loss);
            c[2] = auto.outputs()[0];
            c[3] = auto.outputs()[1];
            c[4] = auto.loss();
            System.arraycopy(auto.gradient(), 0, c, 5, 8);
        } else {
            c[2] = hand.outO1();
            c[3] = hand.outO2();
            c[4] = hand.loss();
            System.arraycopy(hand.gradient(), 0, c, 5, 8);
        }
        return c;
    }

    private static List<String> quantities() {
        List<String> q = new ArrayList<>(List.of("h1", "h2", "o1", "o2", "loss"));
        for (int k = 1; k <= 8; k++) {
            q.add("dL/dw" + k);
        }
        return List.copyOf(q);
    }
}
