package backprop.training;

/** Why and when training stopped early: the loss or a weight became NaN/infinite, or the loss ran away. */
public record Divergence(int epoch, String reason) {

    @Override
    public String toString() {
        return "diverged at epoch " + epoch + ": " + reason;
    }
}
