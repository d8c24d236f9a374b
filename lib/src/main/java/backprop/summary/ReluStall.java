package backprop.summary;

import backprop.loss.LossFloor;
import backprop.network.Examples;
import backprop.training.TrainingRun;
import backprop.view.Statements;

/**
 * Experiment 3: under ReLU the exercise's o2 is 0 from the first epoch (in_o2 &lt; 0 at the start, so
 * no gradient passes through it), and the loss settles on the floor an output that cannot go below 0
 * leaves against y2 = -0.07: 1/2 (0 - y2)^2. That lower loss is a floor reached with a dead unit, not
 * faster learning.
 */
public final class ReluStall {

    private final TrainingRun relu;
    private final TrainingRun sigmoid;
    private final LossFloor floor;

    private ReluStall(TrainingRun relu, TrainingRun sigmoid) {
        this.relu = relu;
        this.sigmoid = sigmoid;
        this.floor = LossFloor.of(relu.initialNetwork().activation(2), relu.loss(), Examples.EXERCISE_Y);
    }

    /** The exercise trained with ReLU and, with the same settings, with the sigmoid. */
    public static ReluStall of(TrainingRun relu, TrainingRun sigmoid) {
        return new ReluStall(relu, sigmoid);
    }

    /** The first epoch from which o2 is exactly 0 in every later epoch; 0 when it is not 0 at the end. */
    public int o2ZeroFrom() {
        int from = 0;
        for (int e = relu.epochsRun(); e >= 1 && relu.epoch(e).o(2) == 0.0; e--) {
            from = e;
        }
        return from;
    }

    public double floor() {
        return floor.value();
    }

    public Statements statements() {
        int from = o2ZeroFrom();
        boolean atFloor = Math.abs(relu.finalLoss() - floor()) < 1e-9 * floor();
        return Statements.of()
                .either(from > 0, "ReLU: o2 is exactly 0 from epoch %s to the end (a dead unit: no gradient passes"
                        + " through it).", "ReLU: o2 stays alive.", from)
                .add("In epoch %s its loss is %s; the floor set by the unreachable y2 = %s is %s; the sigmoid run"
                        + " ends at %s.", relu.epochsRun(), relu.finalLoss(), Examples.EXERCISE_Y[1], floor(),
                        sigmoid.finalLoss())
                .either(atFloor, "The lower loss is that floor, reached with o2 dead and only o1 left to fit: it is"
                        + " optimal only because y2 < 0, so 'ReLU converges faster' does not follow from it.",
                        "The ReLU loss is not at that floor (%s above it).", relu.finalLoss() - floor());
    }
}
