package backprop.loss;

import backprop.activation.Activation;

import java.util.Arrays;

/**
 * The least loss an output layer can reach, from its activation's range: an output that only takes
 * values in [{@link Activation#lowest()}, {@link Activation#highest()}] cannot come closer to y_k than
 * the nearest point of that interval ({@link Activation#closestReachable}). For a squared-error loss
 * (half-sum, mean, per-output sum) each output's term is smallest there, so the loss at those outputs
 * is the floor: no weights give less. For other losses the value at the clamped targets is only a
 * value, not a bound ({@link #isLeast()} is false).
 *
 * @param closest the reachable outputs nearest to the targets
 * @param value   the loss at {@code closest}
 * @param isLeast whether {@code value} is the least loss the outputs can reach (squared-error losses)
 */
public record LossFloor(double[] closest, double value, boolean isLeast) {

    public LossFloor {
        closest = closest.clone();
    }

    /** The floor of {@code loss} against targets {@code y} for outputs with activation {@code output}. */
    public static LossFloor of(Activation output, Loss loss, double[] y) {
        if (output == null || loss == null || y == null) {
            throw new IllegalArgumentException("activation, loss and targets must all be given; got "
                    + output + ", " + loss + ", " + Arrays.toString(y));
        }
        double[] closest = Arrays.stream(y).map(output::closestReachable).toArray();
        return new LossFloor(closest, loss.value(closest, y), loss instanceof SquaredError);
    }

    @Override
    public double[] closest() {
        return closest.clone();
    }
}
