package backprop.gradients;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Network;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: on randomly shaped networks with random parameters and data, the hand-written gradient,
 * the autograd gradient and fourth-order central differences agree (relative error &lt; 1e-6), for every activation/loss pair that is
 * differentiable there.
 */
class RandomNetworkGradientTest {

    private static final int NETWORKS_PER_PAIR = 25;

    @TestFactory
    Stream<DynamicTest> handWrittenEqualsAutogradEqualsFiniteDifferences() {
        return RandomProblems.forEveryPair(RandomNetworkGradientTest::check);
    }

    private static void check(Random random, Activation activation, Loss loss) {
        int checked = 0;
        while (checked < NETWORKS_PER_PAIR) {
            Network net = RandomProblems.network(random, activation, loss);
            double[] x = RandomProblems.input(random, net);
            double[] y = RandomProblems.targets(random, loss, net.outputCount());
            DeltaRule hand = DeltaRule.of(net, x, y, loss);
            if (activation == Activation.RELU && nearKink(hand, net.layerCount())) {
                continue; // ReLU is not differentiable at 0: differences of width 2h would straddle the kink
            }
            double[] handGradient = hand.gradient();
            double[] autograd = AutogradPass.of(net, x, y, loss).gradient();
            double[] numerical = fourthOrderDifferences(net, x, y, loss);
            for (int k = 0; k < handGradient.length; k++) {
                String where = RandomProblems.shape(net) + ", parameter " + (k + 1);
                assertClose(handGradient[k], autograd[k], 1e-12, where + ": hand-written vs autograd");
                assertClose(handGradient[k], numerical[k], 1e-6, where + ": hand-written vs finite differences");
            }
            checked++;
        }
    }

    /** Relative error below tolerance; gradients under 1e-4 are compared absolutely (round-off of the differences). */
    private static void assertClose(double expected, double actual, double tolerance, String message) {
        double scale = Math.max(1e-4, Math.max(Math.abs(expected), Math.abs(actual)));
        double error = Math.abs(expected - actual) / scale;
        assertTrue(error < tolerance, message + ": " + expected + " vs " + actual + " (relative error " + error + ")");
    }

    /**
     * (-L(p+2h) + 8L(p+h) - 8L(p-h) + L(p-2h)) / 12h: truncation error O(h^4), so with h = 1e-3 both it
     * and the round-off stay near 1e-12, well below the 1e-6 tolerance even for small gradients.
     */
    private static double[] fourthOrderDifferences(Network net, double[] x, double[] y, Loss loss) {
        double h = 1e-3;
        double[] p = net.parameters();
        double[] g = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            double[] shifted = new double[5];
            for (int s = -2; s <= 2; s++) {
                double[] q = p.clone();
                q[k] += s * h;
                shifted[s + 2] = loss.value(net.withParameters(q).output(x), y);
            }
            g[k] = (-shifted[4] + 8 * shifted[3] - 8 * shifted[1] + shifted[0]) / (12 * h);
        }
        return g;
    }

    private static boolean nearKink(DeltaRule pass, int layers) {
        for (int l = 1; l <= layers; l++) {
            for (double z : pass.in(l)) {
                if (Math.abs(z) < 1e-2) {
                    return true;
                }
            }
        }
        return false;
    }
}
