package backprop.loss;

/** Checks shared by the losses. */
final class Targets {

    private Targets() {
    }

    static void checkFinite(double[] targets, int outputCount) {
        if (targets == null) {
            throw new IllegalArgumentException("targets = null; allowed: " + outputCount + " finite numbers");
        }
        if (targets.length != outputCount) {
            throw new IllegalArgumentException("targets has " + targets.length + " values; allowed: exactly "
                    + outputCount + ", one per output");
        }
        for (int k = 0; k < targets.length; k++) {
            if (!Double.isFinite(targets[k])) {
                throw new IllegalArgumentException("target y" + (k + 1) + " = " + targets[k]
                        + "; allowed: a finite number");
            }
        }
    }

    static void checkSameLength(double[] outputs, double[] targets) {
        if (outputs.length != targets.length) {
            throw new IllegalArgumentException("outputs has " + outputs.length + " values but targets has "
                    + targets.length + "; allowed: the same number");
        }
    }
}
